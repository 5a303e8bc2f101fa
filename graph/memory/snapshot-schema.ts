import { z } from 'zod';
import { batchSchema } from '../batch-schema';

/** The snapshot file: a batch with a version number, so that a later format can be told apart. */
export const snapshotSchema = batchSchema.extend({ formatVersion: z.literal(1) }).strict();
