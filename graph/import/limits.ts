import { z } from 'zod';
import type { Environment } from '../environment';
import { parseEnvironment } from '../environment';
import { InvalidArgumentError } from '../errors';

/**
 * How big an import may be, read from the environment and validated here (resolved once at start with
 * the graph's other settings, graph/config.ts). Shared by `npm run import`
 * and `POST /api/import`, so that a huge upload is refused with a clear message before it is parsed,
 * instead of holding a server busy (or out of memory) on a file nobody meant to send.
 */
export interface ImportLimits {
  /** The most documents + entities + relations one import may hold (NEWSGRAPH_MAX_IMPORT_ITEMS). */
  maxItems: number;
  /** The most bytes one import may read, all files together, zips counted unpacked (NEWSGRAPH_MAX_IMPORT_BYTES). */
  maxBytes: number;
}

export const DEFAULT_MAX_IMPORT_ITEMS = 200_000;
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const count = (ceiling: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(ceiling, `must be at most ${ceiling}`)
    .optional();

// Ceilings far past what one process parses in memory in reasonable time: a larger value is a typo.
const envSchema = z.object({
  NEWSGRAPH_MAX_IMPORT_ITEMS: count(10_000_000),
  NEWSGRAPH_MAX_IMPORT_BYTES: count(2 * 1024 * 1024 * 1024),
});

/** The variables the import limits read. */
export const IMPORT_LIMIT_VARIABLES = Object.keys(envSchema.shape);

/**
 * Reads the import limits from `env`; a wrong value throws ConfigError naming the variable. The process's
 * limits are `graphConfig().importLimits` (graph/config.ts).
 */
export function resolveImportLimits(env: Environment): ImportLimits {
  const parsed = parseEnvironment(envSchema, env);
  return {
    maxItems: parsed.NEWSGRAPH_MAX_IMPORT_ITEMS ?? DEFAULT_MAX_IMPORT_ITEMS,
    maxBytes: parsed.NEWSGRAPH_MAX_IMPORT_BYTES ?? DEFAULT_MAX_IMPORT_BYTES,
  };
}

/**
 * The import holds more than a limit allows. A BAD_USER_INPUT like any argument the caller can change, and
 * its own class so that HTTP can answer it with 413.
 */
export class ImportTooLargeError extends InvalidArgumentError {
  constructor(
    message: string,
    readonly limit: number,
  ) {
    super(message);
  }
}

/**
 * Throws ImportTooLargeError when the files together are over `maxBytes`; checked before anything is
 * parsed. Takes sizes, so a caller holding only a file's size (a stat, an upload's length) can check first.
 */
export function assertWithinByteLimit(
  files: readonly { name: string; byteLength: number }[],
  maxBytes: number,
): void {
  const total = files.reduce((sum, file) => sum + file.byteLength, 0);
  if (total > maxBytes) {
    const names = files.map((f) => f.name).join(', ');
    throw new ImportTooLargeError(
      `Import: ${names} hold${files.length === 1 ? 's' : ''} ${formatBytes(total)}, over the limit of ${formatBytes(maxBytes)}; split the import or raise NEWSGRAPH_MAX_IMPORT_BYTES.`,
      maxBytes,
    );
  }
}

/** Throws ImportTooLargeError when a parsed import holds more items than `maxItems`. */
export function assertWithinItemLimit(items: number, maxItems: number): void {
  if (items > maxItems) {
    throw new ImportTooLargeError(
      `Import: the files hold ${items} documents, entities and relations, over the limit of ${maxItems}; split the import or raise NEWSGRAPH_MAX_IMPORT_ITEMS.`,
      maxItems,
    );
  }
}

/** "50 MB", "812 kB", "12 bytes": what a person reads in a limit message. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

function trim(value: number): string {
  return value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
}
