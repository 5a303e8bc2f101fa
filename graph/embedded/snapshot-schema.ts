import { z } from 'zod';
import { batchSchema } from '../batch-schema';
import { changeRecordSchema } from '../audit/change';
import { documentSchema, entitySchema, relationSchema } from '../model';

/**
 * The snapshot file's formats. Both are checked with the model's schemas when read, so a damaged or
 * hand-edited file is refused with the place of the first problem.
 *
 * Version 2 (written since the 1M-relation graphs): JSON lines. The first line is the header below; then
 * one line per document, then per entity, then per relation, as many of each as the header counts. It is
 * written and read a line at a time, so its size is not bounded by V8's longest string (about 512 MB,
 * which a 1M-relation graph passes).
 *
 * Since issue 13 a version 2 file ends with one more line, the trailer below: the CRC-32 of every byte
 * before it. A file whose trailer matches is exactly as this store wrote it, from items the model's
 * schemas checked when they came in, and is read without checking each line again (zod's check of each
 * line cost more than JSON.parse itself); a file without one (written earlier) or whose bytes differ (a
 * hand edit, a damaged disk) is checked line by line as before.
 *
 * Version 1 (read only, so existing data folders keep working): one JSON object, a batch with
 * `formatVersion: 1`.
 */

/** Version 1: the whole graph as one JSON object. */
export const snapshotSchema = batchSchema.extend({ formatVersion: z.literal(1) }).strict();

/** What the header line of a version 2 file starts with, byte for byte: how the two formats are told apart. */
export const SNAPSHOT_HEADER_PREFIX = '{"format":"newsgraph-snapshot","formatVersion":2,';

const count = z.number().int().nonnegative();

/** Version 2's first line. Key order matters: it starts with SNAPSHOT_HEADER_PREFIX. */
export const snapshotHeaderSchema = z
  .object({
    format: z.literal('newsgraph-snapshot'),
    formatVersion: z.literal(2),
    documents: count,
    entities: count,
    relations: count,
    /** Audit records, after the relations; files written before the audit trail have none. */
    changes: count.optional(),
  })
  .strict();
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;

/** Version 2's last line since issue 13. */
export const snapshotTrailerSchema = z.object({ checksum: z.string().regex(/^crc32:[0-9a-f]{8}$/) }).strict();

/** The trailer's value for a CRC-32. */
export function checksumText(crc: number): string {
  return `crc32:${crc.toString(16).padStart(8, '0')}`;
}

/** The kinds of item lines, in the order they follow the header, with the schema each line is parsed with. */
export const SNAPSHOT_SECTIONS = [
  { kind: 'documents', schema: documentSchema },
  { kind: 'entities', schema: entitySchema },
  { kind: 'relations', schema: relationSchema },
  { kind: 'changes', schema: changeRecordSchema },
] as const;
