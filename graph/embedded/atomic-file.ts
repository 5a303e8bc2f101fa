import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * What identifies one version of a file cheaply: a rewrite by rename gives a new inode, and any write
 * changes the size or the nanosecond mtime. `null` stands for "no file".
 */
export type FileVersion = string | null;

/** Temporary files are `<file>.<pid>.<random>.tmp`, next to the file they will replace. */
const TMP_SUFFIX = '.tmp';

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

export interface AtomicWriteOptions {
  /** Called once the new contents are safely on disk, just before they replace the file; throw to cancel. */
  beforeRename?: () => void;
  /** The new file's permissions (default 0o666 less the umask); 0o600 keeps a secret from other users. */
  mode?: number;
}

/**
 * Replaces `file` with `contents` so that a reader or a crash sees either the old file or the new one,
 * never a torn one: write a temporary file in the same directory, fsync it, rename it over the target
 * (atomic on POSIX), then fsync the directory so the rename itself survives a power cut.
 * Returns the new file's version, taken from the temporary file before the rename (a rename keeps the
 * inode, size and mtime), so that a concurrent writer in another process cannot be mistaken for us.
 * A process killed midway leaves a temporary file (see removeLeftovers), never a damaged `file`.
 * `contents` may be given in chunks (any iterable of strings), so that no single string need hold it all.
 */
export async function writeFileAtomic(
  file: string,
  contents: string | Iterable<string>,
  options: AtomicWriteOptions = {},
): Promise<string> {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}${TMP_SUFFIX}`;
  let version: string;
  try {
    const handle = await fs.open(tmp, 'wx', options.mode);
    try {
      for (const chunk of typeof contents === 'string' ? [contents] : contents) {
        await writeAll(handle, Buffer.from(chunk, 'utf8'));
      }
      await handle.sync();
      version = versionOf(await handle.stat({ bigint: true }));
    } finally {
      await handle.close();
    }
    options.beforeRename?.();
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
  return version;
}

/**
 * Removes the temporary files that writers of `file` killed midway left next to it, and returns their
 * names. Only call it while no other writer can be at work (holding the write lock): a live writer's
 * temporary file looks the same as a dead one's.
 */
export async function removeLeftovers(file: string): Promise<string[]> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  const names = (await fs.readdir(dir)).filter(
    (name) => name.startsWith(prefix) && name.endsWith(TMP_SUFFIX),
  );
  await Promise.all(names.map((name) => fs.rm(path.join(dir, name), { force: true })));
  return names;
}

/** Writes every byte of `bytes` at the handle's position (a write may take fewer bytes than it was given). */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset);
    offset += bytesWritten;
  }
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
