import { readFile } from 'node:fs/promises';
import { InvalidDataError } from '../errors';

/**
 * Reads and parses a JSON file. A syntax error becomes an InvalidDataError naming the file and, when the
 * engine reports a position, the line and column, so the mistake can be found without a JSON linter.
 */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InvalidDataError(`${file}: cannot read the file (${describeIoError(error)}).`, file, '(file)');
  }
  return parseJson(text, file);
}

/** Parses `text` as JSON; `file` is only used to name the source in errors. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const where = locate(text, reason);
    const at = where === undefined ? '' : ` at line ${where.line}, column ${where.column}`;
    throw new InvalidDataError(
      `${file}: invalid JSON${at}: ${reason}. Fix the syntax (a trailing comma or a missing quote is the usual cause).`,
      file,
      where === undefined ? '(syntax)' : `(line ${where.line}, column ${where.column})`,
    );
  }
}

/** V8 reports "... at position N"; turn N into a 1-based line and column. End-of-input means the last line. */
function locate(text: string, reason: string): { line: number; column: number } | undefined {
  const match = /at position (\d+)/.exec(reason);
  const offset =
    match?.[1] !== undefined ? Number(match[1]) : /end of JSON input/.test(reason) ? text.length : NaN;
  if (Number.isNaN(offset)) return undefined;
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** "ENOENT: no such file or directory" rather than a stack trace. */
export function describeIoError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : (code ?? error.message);
  }
  return String(error);
}
