import { z } from 'zod';
import { formatDataPath } from './data-path';
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
  return { path: formatDataPath(issue.path), message: issue.message };
}
