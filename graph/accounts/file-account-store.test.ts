import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import { defineAccountStoreContract } from './contract/account-store.contract';
import { ACCOUNTS_FILE, FileAccountStore } from './file-account-store';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-accounts-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

defineAccountStoreContract('file', async () => FileAccountStore.open(await tempDir()));

describe('FileAccountStore', () => {
  it('keeps the accounts in the data directory, readable by its owner only', async () => {
    const dir = await tempDir();
    const store = await FileAccountStore.open(dir);
    await store.add({
      name: 'nora',
      role: 'editor',
      passwordHash: 'scrypt$x',
      createdAt: '2026-01-01T09:00:00.000Z',
      credentialsChangedAt: '2026-01-01T09:00:00.000Z',
    });
    const stat = await fs.stat(path.join(dir, ACCOUNTS_FILE));
    expect(stat.mode & 0o777).toBe(0o600);
    // A second store on the same directory (another process: the CLI) sees the account at once.
    expect((await (await FileAccountStore.open(dir)).get('nora'))?.role).toBe('editor');
  });

  it('refuses a damaged file with InvalidDataError instead of treating it as no accounts', async () => {
    const dir = await tempDir();
    await fs.writeFile(
      path.join(dir, ACCOUNTS_FILE),
      '{"format":"newsgraph-accounts","formatVersion":1,"accounts":[{}]}',
    );
    await expect((await FileAccountStore.open(dir)).list()).rejects.toBeInstanceOf(InvalidDataError);
  });
});
