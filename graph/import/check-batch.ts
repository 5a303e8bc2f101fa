import { appendAll } from './append-all';
import { isDeepStrictEqual } from 'node:util';
import type { Document, Evidence } from '../model';
import type { ImportProblem, ItemKind, Origin, ReadResult } from './read-result';
import { emptyResult, subPath } from './read-result';
import type { StoreView } from './store-view';
import { coversExactly } from '../bundle/span';

/**
 * The checks a schema cannot make, over everything an import holds, with the store in view: the rules
 * graph/bundle/check-bundles.ts applies to the seed (unique ids, relation ends that exist, evidence that
 * quotes its document exactly), except that ends and documents may also be the store's, that an item
 * repeated identically (two exports that overlap) is taken once, and that every problem is listed rather
 * than only the first.
 */

/** Items repeated identically across the files are kept once; the same id with different content is a problem. */
export function dedupe(read: ReadResult): ReadResult {
  const out = emptyResult();
  appendAll(out.problems, read.problems);
  for (const kind of ['documents', 'entities', 'relations'] as const) {
    const first = new Map<string, { item: unknown; origin: Origin }>();
    const items = read.batch[kind] as readonly { id: string }[];
    for (const [i, item] of items.entries()) {
      const origin = read.origins[kind][i] ?? { file: '(unknown)', path: '(unknown)' };
      const seen = first.get(item.id);
      if (seen === undefined) {
        first.set(item.id, { item, origin });
        (out.batch[kind] as unknown[]).push(item);
        out.origins[kind].push(origin);
      } else if (!isDeepStrictEqual(seen.item, item)) {
        out.problems.push({
          file: origin.file,
          path: subPath(origin.path, 'id'),
          kind,
          message: `${singular(kind)} "${item.id}" is also at ${seen.origin.file} ${seen.origin.path}, with different content. Ids must be unique: rename one, or keep one.`,
        });
      }
    }
  }
  return out;
}

export interface CheckResult {
  problems: ImportProblem[];
  /** How many items of each kind have at least one problem. */
  rejected: Record<ItemKind, number>;
}

/** Cross-checks a deduplicated batch against itself and what the store holds. */
export function checkBatch(read: ReadResult, store: StoreView): CheckResult {
  const { batch, origins } = read;
  const problems: ImportProblem[] = [];
  const bad: Record<ItemKind, Set<number>> = {
    documents: new Set(),
    entities: new Set(),
    relations: new Set(),
  };
  const report = (kind: ItemKind, index: number, field: string, message: string) => {
    const origin = origins[kind][index] ?? { file: '(unknown)', path: `${kind}[${index}]` };
    bad[kind].add(index);
    problems.push({ file: origin.file, path: subPath(origin.path, field), kind, message });
  };

  const documents = new Map<string, Document>(store.documents);
  for (const [i, document] of batch.documents.entries()) {
    const stored = store.documents.get(document.id);
    if (stored !== undefined && stored.text !== document.text) {
      report(
        'documents',
        i,
        'text',
        `document "${document.id}" is in the store with a different text. Evidence points into a text by offsets, so a stored text never changes: import the new text as a new document (another id).`,
      );
    }
    documents.set(document.id, document);
  }
  const entityIds = new Set([...batch.entities.map((e) => e.id), ...store.entities.keys()]);

  for (const [i, entity] of batch.entities.entries()) {
    for (const [j, mention] of entity.mentions.entries()) {
      const problem = spanProblem(mention, documents);
      if (problem !== undefined)
        report('entities', i, `mentions[${j}].${problem.field}`, `entity "${entity.id}": ${problem.message}`);
    }
  }
  for (const [i, relation] of batch.relations.entries()) {
    for (const end of ['source', 'target'] as const) {
      if (!entityIds.has(relation[end])) {
        report(
          'relations',
          i,
          end,
          `relation "${relation.id}" points at entity "${relation[end]}", which is in neither the import nor the store. Add the entity to the import or fix the id.`,
        );
      }
    }
    for (const [j, evidence] of relation.evidence.entries()) {
      const problem = spanProblem(evidence, documents);
      if (problem !== undefined)
        report(
          'relations',
          i,
          `evidence[${j}].${problem.field}`,
          `relation "${relation.id}": ${problem.message}`,
        );
    }
  }
  return {
    problems,
    rejected: { documents: bad.documents.size, entities: bad.entities.size, relations: bad.relations.size },
  };
}

/** What is wrong with one evidence span, in the words of check-bundles.ts, or undefined when it is exact. */
function spanProblem(
  evidence: Evidence,
  documents: ReadonlyMap<string, Document>,
): { field: string; message: string } | undefined {
  const document = documents.get(evidence.documentId);
  if (document === undefined) {
    return {
      field: 'documentId',
      message: `document "${evidence.documentId}" is in neither the import nor the store. Import the document with it.`,
    };
  }
  const { text } = document;
  if (coversExactly(text, evidence)) return undefined;
  if (!text.includes(evidence.sentence)) {
    return {
      field: 'sentence',
      message: `the sentence does not occur in document "${document.id}"; quote the text exactly (curly quotes and apostrophes included).`,
    };
  }
  return {
    field: 'start',
    message: `the offsets ${evidence.start}..${evidence.end} do not cover the sentence in document "${document.id}" (they cover ${quote(text.slice(evidence.start, evidence.end))}; the sentence starts at ${text.indexOf(evidence.sentence)}).`,
  };
}

function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

function singular(kind: ItemKind): string {
  return kind === 'entities' ? 'entity' : kind.slice(0, -1);
}
