import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundleFile } from '../bundle/load-bundles';
import { SEED_BUNDLE } from '../drafts/accept-draft.contract';
import { writeReviewed } from '../drafts/accept-draft';
import { FileDraftStore } from '../drafts/file-draft-store';
import { EmbeddedGraphStore } from '../embedded/embedded-store';
import type { Subgraph } from '../model';
import { draftArticle } from './draft-article';
import { MANY_ARTICLES, manyArticle } from './testing/many-articles';

/**
 * What the explorer's first load (the overview: the best-connected entities and the relations among
 * them) shows once dozens of articles about one story are in the graph, each read by the extractor and
 * accepted as proposed through the review's write path.
 */
describe('the overview with dozens of articles', () => {
  let dir: string;
  let graph: EmbeddedGraphStore;
  let overview: Subgraph;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-many-'));
    graph = await EmbeddedGraphStore.open(dir);
    const drafts = await FileDraftStore.open(dir);
    await graph.upsert(await loadBundleFile(SEED_BUNDLE));
    for (let i = 0; i < MANY_ARTICLES; i += 1) {
      const stored = await draftArticle(graph, drafts, manyArticle(i), { maxBytes: 1024 * 1024 });
      await writeReviewed(graph, stored.draft);
    }
    overview = await graph.overview();
  }, 120_000);
  afterAll(async () => {
    await graph.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('holds every article, and the story grew well past what one screen shows', async () => {
    const stats = await graph.stats();
    expect(stats.documentCount).toBe(MANY_ARTICLES + 1);
    expect(stats.entityCount).toBeGreaterThan(40 + 10);
    expect(overview.truncated).toBe(true);
  });

  it('draws at most 40 entities, the story’s own hubs among them, each once', () => {
    const ids = overview.nodes.map((n) => n.id);
    expect(ids.length).toBeLessThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['nayib-bukele', 'cecot', 'trump-administration']));
    expect(new Set(overview.nodes.map((n) => n.name)).size).toBe(ids.length);
  });

  it('draws a claim several articles make as one relation carrying every article’s sentence', () => {
    const key = (r: Subgraph['edges'][number]) => `${r.type} ${r.source} ${r.target} ${r.statement ?? ''}`;
    const keys = overview.edges.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    const documents = (r: Subgraph['edges'][number]) => new Set(r.evidence.map((e) => e.documentId)).size;
    expect(Math.max(...overview.edges.map(documents))).toBeGreaterThanOrEqual(10);
  });

  it('keeps the relations among them few enough to read: no more than three per entity drawn', () => {
    expect(overview.edges.length).toBeLessThanOrEqual(3 * overview.nodes.length);
  });
});
