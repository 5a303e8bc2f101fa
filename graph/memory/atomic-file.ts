import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * What identifies one version of a file cheaply: a rewrite by rename gives a new inode, and any write
 * changes the size or the nanosecond mtime. `null` stands for "no file".
 */
export type FileVersion = string | null;

export function versionOf(stats: { ino: bigint; size: bigint; mtimeNs: bigint }): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}

/** The current version of `file`, or null when it does not exist. */
export async function fileVersion(file: string): Promise<FileVersion> {
  try {
    return versionOf(await fs.stat(file, { bigint: true }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/**
 * Replaces `file` with `contents` so that a reader or a crash sees either the old file or the new one,
 * never a torn one: write a temporary file in the same directory, fsync it, rename it over the target
 * (atomic on POSIX), then fsync the directory so the rename itself survives a power cut.
 * Returns the new file's version, taken from the temporary file before the rename (a rename keeps the
 * inode, size and mtime), so that a concurrent writer in another process cannot be mistaken for us.
 */
export async function writeFileAtomic(file: string, contents: string): Promise<string> {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  let version: string;
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(contents, 'utf8');
      await handle.sync();
      version = versionOf(await handle.stat({ bigint: true }));
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
  return version;
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
