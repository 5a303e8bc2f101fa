import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundleFile } from '../bundle/load-bundles';
import { SEED_BUNDLE } from '../drafts/accept-draft.contract';
import { FileDraftStore } from '../drafts/file-draft-store';
import { FOLLOW_UP_DOCUMENT, FOLLOW_UP_TEXT } from '../drafts/testing/sample-draft';
import { EmbeddedGraphStore } from '../embedded/embedded-store';
import type { ArticleInput } from './article-input';
import { draftArticle } from './draft-article';
import { ArticleRejectedError } from './errors';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

const OPTIONS = { maxBytes: 1024 * 1024 };
let graph: EmbeddedGraphStore;
let drafts: FileDraftStore;

beforeEach(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-intake-'));
  dirs.push(dir);
  graph = await EmbeddedGraphStore.open(dir);
  drafts = await FileDraftStore.open(dir);
  await graph.upsert(await loadBundleFile(SEED_BUNDLE));
});

const followUp: ArticleInput = {
  title: FOLLOW_UP_DOCUMENT.title,
  source: 'https://example.org/news/cecot-transfers?utm_source=feed',
  publishedAt: '2026-03-18',
  body: { kind: 'pasted', text: FOLLOW_UP_TEXT },
};

async function rejection(input: ArticleInput): Promise<ArticleRejectedError> {
  const error = await draftArticle(graph, drafts, input, OPTIONS).catch((e: unknown) => e);
  if (!(error instanceof ArticleRejectedError)) throw new Error(`expected a rejection, got ${String(error)}`);
  return error;
}

describe('draftArticle', () => {
  it('stores an open draft of the article and writes nothing to the graph', async () => {
    const before = await graph.stats();
    const draft = await draftArticle(graph, drafts, followUp, OPTIONS);
    expect(draft.status).toBe('open');
    expect(draft.draft.documents).toEqual([
      {
        id: 'transfers-to-cecot-go-on',
        title: 'Transfers to CECOT go on',
        source: followUp.source,
        publishedAt: '2026-03-18',
        text: FOLLOW_UP_TEXT.trim(),
      },
    ]);
    expect(await drafts.get(draft.id)).toEqual(draft);
    expect(await graph.stats()).toEqual(before);
  });

  it('names an untitled article after its first sentence', async () => {
    const draft = await draftArticle(graph, drafts, { body: followUp.body }, OPTIONS);
    expect(draft.draft.documents[0]?.title).toBe(
      'The Trump administration said on Wednesday that it would keep sending deported migrants to CECOT.',
    );
  });

  it('refuses the seed article pasted again, whatever its line breaks', async () => {
    const seed = (await graph.documents(['cecot-bukele-clinton']))[0];
    const error = await rejection({ body: { kind: 'pasted', text: `${seed?.text.replace(/\n/g, '\n\n')}` } });
    expect(error).toMatchObject({
      problem: 'DUPLICATE_TEXT',
      duplicateOf: { documentId: 'cecot-bukele-clinton' },
    });
    expect(await drafts.list()).toEqual([]);
  });

  it('refuses an article whose source address the graph already holds, tracking parameters aside', async () => {
    await graph.upsert({
      documents: [{ ...FOLLOW_UP_DOCUMENT, id: 'earlier' }],
      entities: [],
      relations: [],
    });
    const error = await rejection({
      ...followUp,
      source: 'https://www.example.org/news/cecot-transfers/',
      body: {
        kind: 'pasted',
        text: 'An entirely different text about the prison and the people held in it.',
      },
    });
    expect(error).toMatchObject({ problem: 'DUPLICATE_URL', duplicateOf: { documentId: 'earlier' } });
  });

  it('refuses an article already waiting in an open draft, naming the draft', async () => {
    const first = await draftArticle(graph, drafts, followUp, OPTIONS);
    const error = await rejection({ ...followUp, source: undefined });
    expect(error).toMatchObject({ problem: 'DUPLICATE_TEXT', duplicateOf: { draftId: first.id } });
    expect(await drafts.list()).toHaveLength(1);
  });
});
