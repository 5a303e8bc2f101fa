import type { FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 1 << 20;

/**
 * Calls `onLine` with each line of the file (without its `\n`) and its 1-based number, reading from the
 * start in 1 MB chunks with positional reads, so that no string ever holds more than a chunk and a line.
 * A last line without a newline is passed on too; an empty file has no lines.
 */
export async function forEachLine(
  handle: FileHandle,
  onLine: (line: string, lineNumber: number) => void,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let position = 0;
  let lineNumber = 0;
  let pending = '';
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const text = pending + decoder.write(buffer.subarray(0, bytesRead));
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      lineNumber += 1;
      onLine(text.slice(start, end), lineNumber);
      start = end + 1;
    }
    pending = text.slice(start);
  }
  pending += decoder.end();
  if (pending.length > 0) onLine(pending, lineNumber + 1);
}
