import { z } from 'zod';
import { isSealedBatch } from './bundle/validated-batch';
import { InvalidArgumentError } from './errors';
import { formatJsonPath } from './json-path';
import type { GraphBatch } from './model';
import { documentSchema, entitySchema, relationSchema } from './model';

/** A batch as the model's schemas define it: what every adapter parses an upsert with before writing. */
export const batchSchema = z
  .object({
    documents: z.array(documentSchema),
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
  })
  .strict();

export interface IssueSummary {
  /** Where, in the style of a property access: `relations[12].evidence[0].start`. */
  path: string;
  message: string;
}

/** The first problem zod found, in words a person can act on. */
export function firstIssue(error: z.ZodError): IssueSummary {
  const issue = error.issues[0];
  if (issue === undefined) return { path: '(top level)', message: 'is invalid' };
  return { path: formatJsonPath(issue.path), message: issue.message };
}

/**
 * The batch of an upsert, checked against the model before anything is written (so a bad batch writes
 * nothing), by both adapters. A batch sealed by the seed loader or the import service was checked there
 * and is frozen, so it is taken as it is; any other is parsed, which also makes it a private copy the
 * store may keep. InvalidArgumentError says where it is wrong.
 */
export function checkUpsertBatch(batch: GraphBatch): GraphBatch {
  if (isSealedBatch(batch)) return batch;
  const parsed = batchSchema.safeParse(batch);
  if (!parsed.success) {
    const { path, message } = firstIssue(parsed.error);
    throw new InvalidArgumentError(`GraphStore.upsert: ${path} ${message}.`);
  }
  return parsed.data;
}
