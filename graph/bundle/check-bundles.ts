import type { ReferenceProblem } from '../check-references';
import { quote, referenceProblems } from '../check-references';
import { InvalidDataError, UnreachableCaseError } from '../errors';
import type { LoadedBundle } from './loaded-bundle';

/**
 * The checks a schema cannot make, over every bundle loaded together: ids unique per kind, and the
 * references the shared checker finds (graph/check-references.ts: relation ends that exist, evidence and
 * mentions that quote a real document exactly). Throws the first problem, in file order, as an
 * InvalidDataError naming the file and the path.
 */
export function checkBundles(loaded: readonly LoadedBundle[]): void {
  checkUniqueIds(loaded);
  const known = {
    entityIds: new Set(loaded.flatMap((l) => l.bundle.entities.map((e) => e.id))),
    documents: new Map(loaded.flatMap((l) => l.documents.map((d) => [d.id, d] as const))),
  };
  for (const { file, bundle } of loaded) {
    const first = referenceProblems(bundle, known).next();
    if (first.done !== true) {
      const found = first.value;
      fail(file, `${found.kind}[${found.index}].${found.field}`, describe(found));
    }
  }
}

/** A problem in the words of the seed's author, who fixes bundles by hand or with data:annotate. */
function describe(found: ReferenceProblem): string {
  switch (found.problem) {
    case 'missing-entity':
      return `relation "${found.id}" points at entity "${found.entityId}", which no loaded bundle defines. Add the entity or fix the id.`;
    case 'missing-document':
      return `document "${found.documentId}" is not in any loaded bundle. Fix the id or add the document.`;
    case 'sentence-not-found':
      return `the sentence does not occur in document "${found.document.id}". Quote the text exactly (curly quotes and apostrophes included), then run npm run data:annotate.`;
    case 'offsets-miss': {
      const { evidence, document } = found;
      return `the offsets ${evidence.start}..${evidence.end} do not cover the sentence in document "${document.id}" (they cover ${quote(document.text.slice(evidence.start, evidence.end))}). Run npm run data:annotate to recompute them.`;
    }
    default:
      throw new UnreachableCaseError(found);
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

function fail(file: string, path: string, problem: string): never {
  throw new InvalidDataError(`${file}: ${path}: ${problem}`, file, path);
}
