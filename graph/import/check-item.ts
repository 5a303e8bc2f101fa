import type { z } from 'zod';
import { formatJsonPath, valueAt } from '../json-path';
import { describeValue } from './attributes';
import { subPath } from './read-result';

export type Checked<T> = { ok: true; value: T } | { ok: false; path: string; message: string };

/**
 * Parses one item with the model's schema. The first issue becomes a problem at the item's place plus
 * the field's path (`line 12, evidence[0].end`), saying which item (`label`), what is wrong and what was
 * found, so one item's mistake is reported without stopping the others.
 */
export function checkItem<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  base: string,
  label: string,
): Checked<z.infer<S>> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue === undefined) return { ok: false, path: base, message: `${label} is invalid.` };
  const where = formatJsonPath(issue.path);
  const value = valueAt(candidate, issue.path);
  const got = value === undefined ? '' : ` (got ${describeValue(value)})`;
  return {
    ok: false,
    path: issue.path.length === 0 ? base : subPath(base, where),
    message: `${label}: ${where} ${issue.message}${got}.`,
  };
}
