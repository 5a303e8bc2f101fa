import { z } from 'zod';
import type { Environment } from '../environment';
import { parseEnvironment } from '../environment';
import { InvalidArgumentError } from '../errors';

/**
 * How big an export may be. One setting, read from the environment and validated here (resolved at start
 * with the graph's other settings, graph/config.ts), shared by the
 * three ways to export (GraphQL, `GET /api/export`, `npm run export`), so that a request for the whole of
 * a large graph is refused with a clear message instead of holding a server busy building a huge file.
 */
export interface ExportLimits {
  /** The most entities one export may hold (NEWSGRAPH_MAX_EXPORT_NODES). */
  maxNodes: number;
}

const DEFAULT_MAX_EXPORT_NODES = 5000;

/** Far past any graph an exporter builds in memory in reasonable time; a larger value is a typo. */
const CEILING = 1_000_000;

const envSchema = z.object({
  NEWSGRAPH_MAX_EXPORT_NODES: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(CEILING, `must be at most ${CEILING}`)
    .optional(),
});

/** The variables the export limits read. */
export const EXPORT_LIMIT_VARIABLES = Object.keys(envSchema.shape);

/**
 * Reads the export limits from `env`; a wrong value throws ConfigError naming the variable. The process's
 * limits are `graphConfig().exportLimits` (graph/config.ts).
 */
export function resolveExportLimits(env: Environment): ExportLimits {
  const parsed = parseEnvironment(envSchema, env);
  return { maxNodes: parsed.NEWSGRAPH_MAX_EXPORT_NODES ?? DEFAULT_MAX_EXPORT_NODES };
}

/**
 * The export asked for holds more entities than the limit allows. A BAD_USER_INPUT like any other
 * argument the caller can change, and its own class so that HTTP can answer it with 413.
 */
export class ExportTooLargeError extends InvalidArgumentError {
  constructor(
    readonly limit: number,
    advice = 'narrow it (fewer ids, a smaller depth, relation types) or raise NEWSGRAPH_MAX_EXPORT_NODES.',
  ) {
    super(`The export would hold more than ${limit} entities; ${advice}`);
  }
}
