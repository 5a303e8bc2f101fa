import { z } from 'zod';
import { documentSchema, entitySchema, relationSchema } from '../model';

/** A batch as the model's schemas define it; upserts and snapshots are both parsed with it. */
export const batchSchema = z
  .object({
    documents: z.array(documentSchema),
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
  })
  .strict();

/** The snapshot file: a batch with a version number, so that a later format can be told apart. */
export const snapshotSchema = batchSchema.extend({ formatVersion: z.literal(1) }).strict();

export interface IssueSummary {
  /** Where, in the style of a property access: `relations[12].evidence[0].start`. */
  path: string;
  message: string;
}

/** The first problem zod found, in words a person can act on. */
export function firstIssue(error: z.ZodError): IssueSummary {
  const issue = error.issues[0];
  if (issue === undefined) return { path: '(root)', message: 'is invalid' };
  return { path: formatPath(issue.path), message: issue.message };
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    out += typeof segment === 'number' ? `[${segment}]` : `${out === '' ? '' : '.'}${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}
