import { InvalidDataError } from '../errors';
import type { Document, Evidence } from '../model';
import type { LoadedBundle } from './loaded-bundle';
import { coversExactly } from './span';

/**
 * The checks a schema cannot make, over every bundle loaded together: ids unique per kind, relation ends
 * that exist, evidence and mentions that point at real documents and quote them exactly. Throws the first
 * problem, in file order, as an InvalidDataError naming the file and the path.
 */
export function checkBundles(loaded: readonly LoadedBundle[]): void {
  checkUniqueIds(loaded);
  const entityIds = new Set(loaded.flatMap((l) => l.bundle.entities.map((e) => e.id)));
  const documents = new Map(loaded.flatMap((l) => l.documents.map((d) => [d.id, d] as const)));

  for (const { file, bundle } of loaded) {
    for (const [i, entity] of bundle.entities.entries()) {
      for (const [j, mention] of entity.mentions.entries()) {
        checkSpan(file, () => `entities[${i}].mentions[${j}]`, mention, documents);
      }
    }
    for (const [i, relation] of bundle.relations.entries()) {
      for (const end of ['source', 'target'] as const) {
        if (!entityIds.has(relation[end])) {
          fail(
            file,
            `relations[${i}].${end}`,
            `relation "${relation.id}" points at entity "${relation[end]}", which no loaded bundle defines. Add the entity or fix the id.`,
          );
        }
      }
      for (const [j, evidence] of relation.evidence.entries()) {
        checkSpan(file, () => `relations[${i}].evidence[${j}]`, evidence, documents);
      }
    }
  }
}

function checkUniqueIds(loaded: readonly LoadedBundle[]): void {
  for (const kind of ['documents', 'entities', 'relations'] as const) {
    // Where each id was first seen; the words are only put together for a message.
    const seen = new Map<string, { file: string; index: number }>();
    for (const { file, bundle } of loaded) {
      for (const [i, item] of bundle[kind].entries()) {
        const first = seen.get(item.id);
        if (first !== undefined) {
          fail(
            file,
            `${kind}[${i}].id`,
            `duplicate id "${item.id}" (first used at ${first.file} ${kind}[${first.index}].id). Ids must be unique among the ${kind} of every bundle loaded together: rename one, or keep one and merge the other into it.`,
          );
        }
        seen.set(item.id, { file, index: i });
      }
    }
  }
}

/** `at` gives the span's path, built only for a message: a big graph has millions of spans. */
function checkSpan(
  file: string,
  at: () => string,
  evidence: Evidence,
  documents: ReadonlyMap<string, Document>,
): void {
  const document = documents.get(evidence.documentId);
  if (document !== undefined && coversExactly(document.text, evidence)) return;
  if (document === undefined) {
    fail(
      file,
      `${at()}.documentId`,
      `document "${evidence.documentId}" is not in any loaded bundle. Fix the id or add the document.`,
    );
  }
  const { text } = document;
  if (!text.includes(evidence.sentence)) {
    fail(
      file,
      `${at()}.sentence`,
      `the sentence does not occur in document "${document.id}". Quote the text exactly (curly quotes and apostrophes included), then run npm run data:annotate.`,
    );
  }
  fail(
    file,
    `${at()}.start`,
    `the offsets ${evidence.start}..${evidence.end} do not cover the sentence in document "${document.id}" (they cover ${quote(text.slice(evidence.start, evidence.end))}). Run npm run data:annotate to recompute them.`,
  );
}

/** A short, single-line rendering of a piece of text for an error message. */
function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

function fail(file: string, path: string, problem: string): never {
  throw new InvalidDataError(`${file}: ${path}: ${problem}`, file, path);
}
