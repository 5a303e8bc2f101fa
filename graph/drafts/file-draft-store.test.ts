import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import { defineDraftStoreContract } from './draft-store.contract';
import { DRAFTS_DIR, FileDraftStore } from './file-draft-store';
import { followUpDraft } from './testing/sample-draft';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-drafts-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

const shared = tempDir();
defineDraftStoreContract('embedded', async () => FileDraftStore.open(await shared));

describe('FileDraftStore', () => {
  it('writes each draft as one JSON file in the drafts folder of the data directory', async () => {
    const dir = await tempDir();
    const store = await FileDraftStore.open(dir);
    const created = await store.create(followUpDraft());
    const files = await fs.readdir(path.join(dir, DRAFTS_DIR));
    expect(files.filter((f) => f.endsWith('.json'))).toEqual([`${created.id}.json`]);
  });

  it('refuses a damaged draft file with an error naming it', async () => {
    const dir = await tempDir();
    const store = await FileDraftStore.open(dir);
    const created = await store.create(followUpDraft());
    const file = path.join(dir, DRAFTS_DIR, `${created.id}.json`);
    await fs.writeFile(file, '{"id": ');
    const error = await store.get(created.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidDataError);
    expect(error).toMatchObject({ source: file });
  });
});
