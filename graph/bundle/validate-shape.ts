import type { z } from 'zod';
import { InvalidDataError } from '../errors';
import { formatJsonPath, valueAt } from '../json-path';

/**
 * Parses `data` with `schema`; the first issue becomes an InvalidDataError that names the file, the path
 * and what is wrong, with a hint on how to fix it. One problem at a time keeps the message readable, and
 * zod reports issues in document order, so the first one is also the first in the file.
 */
export function validateShape<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw new InvalidDataError(`${file}: invalid data.`, file, '(top level)');
  const where = formatJsonPath(issue.path);
  const value = valueAt(data, issue.path);
  const problem =
    value === undefined && issue.code === 'invalid_type'
      ? `is missing (expected ${issue.expected})`
      : `${issue.message}${describeValue(value)}`;
  throw new InvalidDataError(`${file}: ${where}: ${problem}. ${hintFor(issue.path)}`, file, where);
}

function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return ` (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)})`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return ` (got ${String(value)})`;
  return '';
}

function hintFor(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (last === 'start' || last === 'end' || path.includes('mentions')) {
    return 'Offsets and mentions are computed: run npm run data:annotate.';
  }
  if (last === 'type') {
    return 'Entity types are PascalCase (e.g. Person), relation types UPPER_SNAKE_CASE (e.g. WORKS_FOR).';
  }
  return 'Fix the value in the file; graph/bundle/bundle-schema.ts describes the format.';
}
