import { InvalidDataError } from '../errors';
import type { ImportProblem } from './read-result';
import type { ImportSummary } from './types';

/** How many problems an ImportRejectedError lists; past that, the count says how many more there were. */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * An import refused as a whole: nothing was written. An InvalidDataError (code INVALID_DATA) whose
 * `source` and `path` are those of the first problem, so callers that know only that class still name
 * the right place; it also lists the first problems and the summary, rejections counted per kind.
 */
export class ImportRejectedError extends InvalidDataError {
  constructor(
    /** The first MAX_LISTED_PROBLEMS problems, in file order. */
    readonly problems: readonly ImportProblem[],
    /** How many problems there were in all. */
    readonly problemCount: number,
    readonly summary: ImportSummary,
  ) {
    const first = problems[0] ?? { file: '(import)', path: '(top level)', message: 'the import is invalid.' };
    super(describe(problems, problemCount), first.file, first.path);
  }
}

function describe(problems: readonly ImportProblem[], total: number): string {
  const lines = problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
  const more = total > problems.length ? [`… and ${total - problems.length} more.`] : [];
  const head = total === 1 ? 'The import has a problem:' : `The import has ${total} problems:`;
  return [head, ...lines, ...more, 'Nothing was written.'].join('\n');
}
