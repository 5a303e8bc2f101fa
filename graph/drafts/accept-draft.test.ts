import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedGraphStore } from '../embedded/embedded-store';
import { defineAcceptContract } from './accept-draft.contract';
import { FileDraftStore } from './file-draft-store';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

defineAcceptContract('embedded', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-accept-'));
  dirs.push(dir);
  return { graph: await EmbeddedGraphStore.open(dir), drafts: await FileDraftStore.open(dir) };
});
