/**
 * What the command-line scripts (seed, import, export) share: one mapping from known failures to exit
 * codes, and one way to run `main` so that a known failure prints a message (no stack) and sets the code,
 * while anything else is a bug and keeps its stack.
 *
 * Exit codes: 0 done, 1 invalid data or arguments, 2 configuration error, 3 store unavailable.
 */
import { ConfigError } from '../graph/environment';
import {
  InvalidArgumentError,
  InvalidDataError,
  NotFoundError,
  StoreUnavailableError,
} from '../graph/errors';

export function exitCodeFor(error: unknown): number | undefined {
  if (error instanceof InvalidDataError || error instanceof InvalidArgumentError) return 1;
  if (error instanceof NotFoundError || isParseArgsError(error)) return 1;
  if (error instanceof ConfigError) return 2;
  if (error instanceof StoreUnavailableError) return 3;
  return undefined;
}

/** node:util parseArgs throws TypeErrors with an ERR_PARSE_ARGS_* code for unknown or malformed options. */
export function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/**
 * Runs a script's `main`. `describe` turns a known failure into the text printed on stderr (e.g. adding
 * the usage after a bad option, or "Nothing was written." after invalid data).
 */
export function runCli(
  main: () => Promise<number>,
  describe: (error: unknown, message: string) => string,
): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const code = exitCodeFor(error);
      if (code === undefined) throw error;
      const message = error instanceof Error ? error.message : String(error);
      console.error(describe(error, message));
      process.exitCode = code;
    },
  );
}
