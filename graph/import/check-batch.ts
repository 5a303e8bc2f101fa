import { appendAll } from './append-all';
import { isDeepStrictEqual } from 'node:util';
import type { ReferenceProblem } from '../check-references';
import { quote, referenceProblems } from '../check-references';
import { UnreachableCaseError } from '../errors';
import type { Document } from '../model';
import type { ImportProblem, ItemKind, Origin, ReadResult } from './read-result';
import { emptyResult, subPath } from './read-result';
import type { StoreView } from './store-view';

/**
 * The checks a schema cannot make, over everything an import holds, with the store in view: the shared
 * reference checker (graph/check-references.ts, which the seed loader uses too) and unique ids, except that ends and documents may also be the store's, that an item
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
  for (const found of referenceProblems(batch, { entityIds, documents })) {
    report(found.kind, found.index, found.field, describe(found));
  }
  return {
    problems,
    rejected: { documents: bad.documents.size, entities: bad.entities.size, relations: bad.relations.size },
  };
}

/** A problem in the words of someone importing files into a store that may already hold the rest. */
function describe(found: ReferenceProblem): string {
  switch (found.problem) {
    case 'missing-entity':
      return `relation "${found.id}" points at entity "${found.entityId}", which is in neither the import nor the store. Add the entity to the import or fix the id.`;
    case 'missing-document':
      return `${owner(found)}: document "${found.documentId}" is in neither the import nor the store. Import the document with it.`;
    case 'sentence-not-found':
      return `${owner(found)}: the sentence does not occur in document "${found.document.id}"; quote the text exactly (curly quotes and apostrophes included).`;
    case 'offsets-miss': {
      const { evidence, document } = found;
      return `${owner(found)}: the offsets ${evidence.start}..${evidence.end} do not cover the sentence in document "${document.id}" (they cover ${quote(document.text.slice(evidence.start, evidence.end))}; the sentence starts at ${document.text.indexOf(evidence.sentence)}).`;
    }
    default:
      throw new UnreachableCaseError(found);
  }
}

function owner(found: ReferenceProblem): string {
  return `${singular(found.kind)} "${found.id}"`;
}

function singular(kind: ItemKind): string {
  return kind === 'entities' ? 'entity' : kind.slice(0, -1);
}
