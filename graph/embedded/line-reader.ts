import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';

/** Bytes read at a time; a line longer than this makes the buffer grow to hold it. */
const CHUNK_BYTES = 1 << 22;
const NEWLINE = 0x0a;

/**
 * Calls `onLine` with each line of the file (without its `\n`) and its 1-based number, reading from the
 * start in 4 MB chunks with positional reads, so that no string ever holds more than a line.
 * A last line without a newline is passed on too; an empty file has no lines. With each line comes the
 * CRC-32 of every byte before it (what snapshotChunks writes in a snapshot's last line).
 *
 * Lines are found in the bytes and each is decoded on its own (a `\n` byte is never part of a multi-byte
 * UTF-8 character, so no character is cut). Decoding whole chunks instead cost three times the CPU on a
 * 500k-relation snapshot: one character past Latin-1 makes V8 hold a whole chunk, and every line sliced
 * from it, as two bytes per character, where a line on its own is usually one byte per character.
 */
export async function forEachLine(
  handle: FileHandle,
  onLine: (line: string, lineNumber: number, checksumBefore: number) => void,
): Promise<void> {
  let buffer: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  // buffer[0, kept) holds the start of a line whose end has not been read yet.
  let kept = 0;
  let position = 0;
  let lineNumber = 0;
  let checksum = 0;
  for (;;) {
    if (kept === buffer.length) buffer = grown(buffer);
    const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    const filled = buffer.subarray(0, kept + bytesRead);
    let start = 0;
    for (let end = filled.indexOf(NEWLINE); end !== -1; end = filled.indexOf(NEWLINE, start)) {
      lineNumber += 1;
      onLine(filled.toString('utf8', start, end), lineNumber, checksum);
      checksum = crc32(filled.subarray(start, end + 1), checksum);
      start = end + 1;
    }
    kept = filled.copy(buffer, 0, start);
  }
  if (kept > 0) onLine(buffer.toString('utf8', 0, kept), lineNumber + 1, checksum);
}

/** A buffer twice as long holding the same bytes. */
function grown(buffer: Buffer): Buffer {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}
