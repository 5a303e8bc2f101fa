import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundleFile } from '@/graph/bundle/load-bundles';
import { SEED_BUNDLE } from '@/graph/drafts/accept-draft.contract';
import { FileDraftStore } from '@/graph/drafts/file-draft-store';
import { followUpDraft } from '@/graph/drafts/testing/sample-draft';
import { EmbeddedGraphStore } from '@/graph/embedded/embedded-store';
import { loadReview } from './load-drafts';

/** The review page's read, against a real embedded store holding the seed and a real draft store. */

let dir: string;
let graph: EmbeddedGraphStore;
let drafts: FileDraftStore;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-review-load-'));
  graph = await EmbeddedGraphStore.open(dir);
  drafts = await FileDraftStore.open(dir);
  await graph.upsert(await loadBundleFile(SEED_BUNDLE));
});
afterAll(async () => {
  await graph.close();
  await drafts.close();
  await rm(dir, { recursive: true, force: true });
});

describe('loadReview', () => {
  it('reads the entities of the graph the draft links to and the reviewer merged into, not the whole graph', async () => {
    const draft = followUpDraft();
    const created = await drafts.create(draft);
    const stored = await drafts.saveReview(
      created.id,
      {
        entities: { 'ana-ortega': { status: 'accepted', mergeInto: 'hillary-clinton' } },
        relations: {},
        added: [],
      },
      0,
    );
    const loaded = await loadReview(
      () => Promise.resolve(drafts),
      () => Promise.resolve(graph),
      stored.id,
    );
    if (loaded.kind !== 'found') throw new Error(`expected the draft, got ${loaded.kind}`);
    const linked = draft.entities.filter((e) => e.existing === true).map((e) => e.id);
    expect(loaded.data.graphEntities.map((e) => e.id).sort()).toEqual([...linked, 'hillary-clinton'].sort());
    expect(loaded.data.graphEntities.find((e) => e.id === 'hillary-clinton')).toEqual({
      id: 'hillary-clinton',
      name: 'Hillary Clinton',
      type: 'Person',
    });
    expect(loaded.data.graphEntities.length).toBeLessThan((await graph.stats()).entityCount);
  });
});
