import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { z } from 'zod';
import { formatJsonPath } from '../json-path';
import { InvalidDataError } from '../errors';
import type { ChangeRecord } from '../audit/change';
import type { Document, Entity, GraphBatch, Relation } from '../model';
import type { GraphState } from './graph-state';
import { forEachLine } from './line-reader';
import type { SnapshotHeader } from './snapshot-schema';
import {
  checksumText,
  SNAPSHOT_HEADER_PREFIX,
  SNAPSHOT_SECTIONS,
  snapshotHeaderSchema,
  snapshotTrailerSchema,
} from './snapshot-schema';

/** The snapshot format version 2 (JSON lines, see snapshot-schema.ts): writing and reading. */

/** What a snapshot holds: the graph, and the audit trail. */
export type SnapshotContents = GraphBatch & { changes: ChangeRecord[] };

/** Lines are handed to the file in chunks of about this many characters. */
const CHUNK_CHARS = 1 << 20;

/**
 * The state as version 2 text, in chunks of about 1 MB: never one string for the whole graph. Items are
 * written in the graph's own order (insertion order), which costs nothing; readAll sorts when asked.
 */
export function* snapshotChunks(state: GraphState): Generator<string> {
  const { graph, documents, changes } = state;
  const header: SnapshotHeader = {
    format: 'newsgraph-snapshot',
    formatVersion: 2,
    documents: documents.size,
    entities: graph.order,
    relations: graph.size,
    // Left out when there is no trail, so a graph without one is written exactly as before the trail.
    ...(changes.length > 0 ? { changes: changes.length } : {}),
  };
  const headerLine = JSON.stringify(header);
  // The reader tells the formats apart by this prefix; a change of key order here must not go unnoticed.
  if (!headerLine.startsWith(SNAPSHOT_HEADER_PREFIX)) throw new Error('snapshot header: key order changed');
  let chunk = `${headerLine}\n`;
  const sections: Iterable<object>[] = [
    documents.values(),
    graph.mapNodes((_id, entity) => entity),
    graph.mapEdges((_id, relation) => relation),
    changes,
  ];
  let checksum = 0;
  for (const items of sections) {
    for (const item of items) {
      chunk += `${JSON.stringify(item)}\n`;
      if (chunk.length >= CHUNK_CHARS) {
        checksum = crc32(chunk, checksum);
        yield chunk;
        chunk = '';
      }
    }
  }
  checksum = crc32(chunk, checksum);
  yield `${chunk}${JSON.stringify({ checksum: checksumText(checksum) })}\n`;
}

/**
 * Reads a version 2 file through `handle`, checking the header and the counts, and every line with the
 * model's schemas unless the trailer's checksum shows the file is exactly as snapshotChunks wrote it.
 * Throws InvalidDataError naming the line (and the item, as `relations[12].type`) of the first problem,
 * including a file cut short or with lines past its counts.
 */
export async function readSnapshotLines(
  handle: FileHandle,
  file: string,
  howToFix: string,
): Promise<SnapshotContents> {
  const fail = (where: string, what: string): never => {
    throw new InvalidDataError(
      `Embedded store: ${file} is not a valid snapshot: ${what}. ${howToFix}`,
      file,
      where,
    );
  };
  // Items as JSON.parse gave them; checked below unless the checksum matches.
  const lists: unknown[][] = [[], [], [], []];
  let header: SnapshotHeader | undefined;
  let total = 0;
  // The section and index within it of the next item line.
  let section = 0;
  let index = 0;
  let trailer: { line: number; matches: boolean } | undefined;

  await forEachLine(handle, (line, lineNumber, checksumBefore) => {
    const json = parseLine(line, lineNumber, fail);
    if (header === undefined) {
      const parsed = snapshotHeaderSchema.safeParse(json);
      if (!parsed.success)
        return fail('(header)', `line 1 is not a valid header (${describe(parsed.error)})`);
      header = parsed.data;
      total = header.documents + header.entities + header.relations + (header.changes ?? 0);
      return;
    }
    while (section < SNAPSHOT_SECTIONS.length && index >= countOf(header, section)) {
      section += 1;
      index = 0;
    }
    if (section >= SNAPSHOT_SECTIONS.length) {
      const parsed = snapshotTrailerSchema.safeParse(json);
      if (trailer !== undefined || !parsed.success) {
        return fail(
          `(line ${lineNumber})`,
          `line ${lineNumber} is past the ${total} items the header counts`,
        );
      }
      trailer = { line: lineNumber, matches: parsed.data.checksum === checksumText(checksumBefore) };
      return;
    }
    lists[section]?.push(json);
    index += 1;
  });

  if (header === undefined) return fail('(header)', 'the file is empty');
  const read = lists.reduce((sum, list) => sum + list.length, 0);
  if (read < total)
    fail('(end)', `it ends after ${read} of the ${total} items its header counts (cut short)`);
  if (trailer?.matches !== true) checkItems(lists, fail);
  const [documents, entities, relations, changes] = lists;
  // Checked line by line just now, or exactly the bytes this store wrote from items it had checked.
  return {
    documents: documents as Document[],
    entities: entities as Entity[],
    relations: relations as Relation[],
    changes: changes as ChangeRecord[],
  };
}

/** Checks every item with its section's schema, in file order, replacing each by what zod gives back. */
function checkItems(lists: unknown[][], fail: (where: string, what: string) => never): void {
  let lineNumber = 1; // the header's
  SNAPSHOT_SECTIONS.forEach((entry, section) => {
    const items = lists[section] ?? [];
    items.forEach((json, index) => {
      lineNumber += 1;
      const parsed = entry.schema.safeParse(json);
      if (parsed.success) {
        items[index] = parsed.data;
        return;
      }
      const issue = parsed.error.issues[0];
      const field = issue === undefined || issue.path.length === 0 ? '' : `.${formatJsonPath(issue.path)}`;
      const where = `${entry.kind}[${index}]${field}`;
      fail(where, `line ${lineNumber}: ${where} ${issue?.message ?? 'is invalid'}`);
    });
  });
}

function describe(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid';
}

function countOf(header: SnapshotHeader, section: number): number {
  const kind = SNAPSHOT_SECTIONS[section]?.kind;
  return kind === undefined ? 0 : (header[kind] ?? 0);
}

function parseLine(line: string, lineNumber: number, fail: (where: string, what: string) => never): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`(line ${lineNumber})`, `line ${lineNumber} is not valid JSON (${reason})`);
  }
}
