import type { DestinationStream, Logger } from 'pino';
import { pino } from 'pino';
import type { LogLevel } from './http/config';
import { httpConfig } from './http/config';

/**
 * The server's structured log: one JSON object per line on stdout (pino), at LOG_LEVEL (default info).
 * Every GraphQL request writes one `info` line (request id, operation, status, duration, error codes);
 * masked errors and refused requests write their own lines with the same request id. No console.log.
 */

const KEY = Symbol.for('newsgraph.logger');
type Holder = { [KEY]?: Logger };
const holder = globalThis as Holder;

/**
 * Public: a logger at `level`, writing to `destination` (stdout by default; tests pass a stream and read
 * the lines back).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/**
 * Public: the process's logger, made on first use. Kept on globalThis for the same reason as the store:
 * `next dev` re-evaluates modules on every edit.
 */
export function getLogger(): Logger {
  holder[KEY] ??= createLogger(httpConfig().logLevel);
  return holder[KEY];
}

/**
 * Public: makes `logger` the process's logger from now on (tests of the routes read back the lines a
 * request writes; the routes themselves never call it).
 */
export function useLogger(logger: Logger): void {
  holder[KEY] = logger;
}
