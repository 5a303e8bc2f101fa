import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { pino } from 'pino';

/** One parsed log line: pino's JSON object. */
export type LogLine = Record<string, unknown> & { level: number; msg?: string };

/**
 * Test support: a real pino logger (at `debug`) whose lines are kept, parsed, in `lines` instead of being
 * written to stdout. pino writes synchronously to a plain stream, so a line is there as soon as the call
 * that logged it has returned.
 */
export function captureLogs(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n')) {
        if (text.trim() !== '') lines.push(JSON.parse(text) as LogLine);
      }
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, sink), lines };
}

/** pino's numeric levels, for reading captured lines. */
export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;
