import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBundleFile } from '../bundle/load-bundles';
import { ImportRejectedError } from '../import';
import type { GraphBatch, GraphStats } from '../model';
import type { GraphStore } from '../store';
import { readFile } from 'node:fs/promises';
import { extract } from '../extract/extract';
import { acceptDraft, writeReviewed } from './accept-draft';
import type { DraftStore } from './draft-store';
import { DraftConflictError, DraftNotReadyError } from './errors';
import { withoutRejected } from './rejections';
import type { Review } from './review-schema';
import { emptyReview } from './review-schema';
import { acceptAbove } from './reviewed-items';
import { FOLLOW_UP_DOCUMENT, followUpDraft, splitOrtegaDraft } from './testing/sample-draft';

/** The seed's real data file, which the accept path is tested on. */
export const SEED_BUNDLE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../data/bundles/cecot-bukele-clinton.json',
);
const SEED_DOCUMENT = 'cecot-bukele-clinton';
/** A held-out article of the extraction's gold set (never tuned on), about the seed story. */
const HELD_OUT_FOLLOW_UP = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../data/eval/held-out/cecot-followup.txt',
);

/**
 * Public: the accept path held to one behaviour on both stores. Before every test the graph holds the seed
 * article (the real data file) and the draft store is empty; then a follow-up article's draft is reviewed
 * and accepted through `acceptDraft`, which writes with the import service.
 */
export function defineAcceptContract(
  name: string,
  open: () => Promise<{ graph: GraphStore; drafts: DraftStore }>,
): void {
  describe(`acceptDraft (${name})`, () => {
    let graph: GraphStore;
    let drafts: DraftStore;
    let seed: GraphBatch;
    beforeAll(async () => {
      ({ graph, drafts } = await open());
      seed = await loadBundleFile(SEED_BUNDLE);
    });
    beforeEach(async () => {
      await graph.clear();
      await graph.upsert(seed);
      await drafts.clear();
    });
    afterAll(async () => {
      await graph.close();
      await drafts.close();
    });

    /** Every proposal accepted except the weak group and the relation that needs it. */
    const reviewed: Review = {
      entities: {
        'trump-administration': { status: 'accepted' },
        cecot: { status: 'accepted' },
        'nayib-bukele': { status: 'accepted' },
        'el-salvador': { status: 'accepted' },
        'ana-ortega': { status: 'accepted', name: 'Ana María Ortega' },
        'detained-migrants': { status: 'rejected' },
      },
      relations: {
        'trump-administration-said-keep-sending-migrants': { status: 'rejected' },
        'bukele-said-prison-open-to-inspectors': { status: 'accepted' },
        'cecot-located-in-el-salvador-2': { status: 'accepted' },
        'ortega-criticized-trump-administration': { status: 'accepted', type: 'CONDEMNED' },
        'bukele-replied-to-ortega': { status: 'accepted' },
      },
      added: [],
    };

    async function reviewedDraft(review: Review = reviewed) {
      const created = await drafts.create(followUpDraft());
      return drafts.saveReview(created.id, review, 0);
    }

    it('keeps Bukele, CECOT and the Trump administration the same nodes, now with mentions in both articles', async () => {
      const draft = await reviewedDraft();
      await acceptDraft(graph, drafts, draft.id, draft.revision);
      for (const id of ['nayib-bukele', 'cecot', 'trump-administration']) {
        const node = await graph.getEntity(id);
        const documents = new Set(node?.mentions.map((m) => m.documentId));
        expect([id, [...documents].sort()]).toEqual([id, [SEED_DOCUMENT, FOLLOW_UP_DOCUMENT.id].sort()]);
      }
      expect((await graph.search('Nayib Bukele')).map((e) => e.id)).toEqual(['nayib-bukele']);
    });

    it('adds the article as a sentence of evidence to a relation the graph already holds', async () => {
      const draft = await reviewedDraft();
      await acceptDraft(graph, drafts, draft.id, draft.revision);
      const located = (await graph.relationsOf('cecot', { types: ['LOCATED_IN'] })).filter(
        (r) => r.target === 'el-salvador',
      );
      expect(located.map((r) => r.id)).toEqual(['cecot-located-in-el-salvador']);
      expect(located[0]?.evidence.map((e) => e.documentId)).toEqual([SEED_DOCUMENT, FOLLOW_UP_DOCUMENT.id]);
      const sentence = located[0]?.evidence[1];
      expect(FOLLOW_UP_DOCUMENT.text.slice(sentence?.start, sentence?.end)).toBe(sentence?.sentence);
    });

    it('writes the new entity and relations as decided: renamed, retyped, rejected ones left out', async () => {
      const before = await graph.stats();
      const draft = await reviewedDraft();
      const { draft: closed } = await acceptDraft(graph, drafts, draft.id, draft.revision);
      const ortega = await graph.getEntity('ana-ortega');
      expect(ortega).toMatchObject({ name: 'Ana María Ortega', aliases: ['Ana Ortega'] });
      // The seed has a group of that id; the rejected proposal added nothing to it.
      const migrants = await graph.getEntity('detained-migrants');
      expect(migrants?.mentions.map((m) => m.documentId)).not.toContain(FOLLOW_UP_DOCUMENT.id);
      const types = (await graph.relationsOf('ana-ortega')).map((r) => r.type).sort();
      expect(types).toEqual(['CONDEMNED', 'REPLIED_TO']);
      const after = await graph.stats();
      expect(after.documentCount - before.documentCount).toBe(1);
      expect(after.entityCount - before.entityCount).toBe(1);
      // SAID by Bukele, CONDEMNED, REPLIED_TO are new; LOCATED_IN joined the seed's relation.
      expect(after.relationCount - before.relationCount).toBe(3);
      expect(closed).toMatchObject({ status: 'accepted' });
      expect((await drafts.get(draft.id))?.status).toBe('accepted');
    });

    it('records the accept in the audit trail: who, which draft, and what it changed', async () => {
      const draft = await reviewedDraft();
      await acceptDraft(graph, drafts, draft.id, draft.revision, 'nora');
      const [record] = await graph.changes({ source: draft.id });
      expect(record).toMatchObject({
        actor: 'nora',
        source: { kind: 'article', draftId: draft.id, title: FOLLOW_UP_DOCUMENT.title },
      });
      const ids = record?.items.map((i) => `${i.kind}:${i.id}:${i.action}`);
      expect(ids).toContain(`document:${FOLLOW_UP_DOCUMENT.id}:created`);
      expect(ids).toContain('entity:nayib-bukele:updated');
      expect(ids).toContain('relation:cecot-located-in-el-salvador:updated');
    });

    it('remembers the rejections, so the same extraction again does not propose them', async () => {
      const draft = await reviewedDraft();
      await acceptDraft(graph, drafts, draft.id, draft.revision);
      const rerun = withoutRejected(followUpDraft(), await drafts.rejections());
      expect(rerun.entities.map((e) => e.id)).not.toContain('detained-migrants');
      expect(rerun.relations.map((r) => r.id)).not.toContain(
        'trump-administration-said-keep-sending-migrants',
      );
      expect(rerun.entities).toHaveLength(followUpDraft().entities.length - 1);
      expect(rerun.extraction.warnings.join(' ')).toMatch(/2 proposals rejected in an earlier review/);
    });

    it('writes nothing when an accepted relation has an end that was not accepted', async () => {
      const before = await counts(graph);
      const draft = await reviewedDraft({
        ...reviewed,
        relations: {
          ...reviewed.relations,
          'trump-administration-said-keep-sending-migrants': { status: 'accepted' },
        },
      });
      const error = await acceptDraft(graph, drafts, draft.id, draft.revision).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DraftNotReadyError);
      expect((error as DraftNotReadyError).problems.join(' ')).toMatch(/"Deported migrants" is not accepted/);
      expect(await counts(graph)).toEqual(before);
      expect((await drafts.get(draft.id))?.status).toBe('open');
    });

    it('writes nothing when the draft breaks a rule of the import (an evidence that does not quote the article)', async () => {
      const before = await counts(graph);
      const bad = followUpDraft();
      const relation = bad.relations.find((r) => r.id === 'bukele-replied-to-ortega');
      const evidence = relation?.evidence[0];
      if (evidence === undefined) throw new Error('the sample draft lost its relation');
      evidence.start += 1;
      evidence.end += 1;
      const created = await drafts.create(bad);
      const saved = await drafts.saveReview(created.id, reviewed, 0);
      const error = await acceptDraft(graph, drafts, saved.id, saved.revision).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejectedError);
      expect(await counts(graph)).toEqual(before);
      expect(await graph.getEntity('ana-ortega')).toBeNull();
      expect(await drafts.rejections()).toEqual([]);
      expect((await drafts.get(saved.id))?.status).toBe('open');
    });

    it('refuses a draft with nothing accepted, and one that changed since it was loaded', async () => {
      const created = await drafts.create(followUpDraft());
      await expect(acceptDraft(graph, drafts, created.id, 0)).rejects.toBeInstanceOf(DraftNotReadyError);
      const saved = await drafts.saveReview(created.id, reviewed, 0);
      await expect(acceptDraft(graph, drafts, saved.id, 0)).rejects.toBeInstanceOf(DraftConflictError);
      await acceptDraft(graph, drafts, saved.id, saved.revision);
      await expect(acceptDraft(graph, drafts, saved.id, saved.revision + 1)).rejects.toBeInstanceOf(
        DraftConflictError,
      );
    });

    it('accepts nothing unreviewed by default, and everything above the chosen confidence on request', async () => {
      const created = await drafts.create(followUpDraft());
      const bulk = acceptAbove(created.draft, emptyReview(), 0.7);
      expect(Object.keys(bulk.entities).sort()).toEqual(
        ['cecot', 'el-salvador', 'nayib-bukele', 'ana-ortega', 'trump-administration'].sort(),
      );
      // 0.85 ≥ 0.7, but its target (the 0.4 group) is not accepted; 0.35 is below.
      expect(Object.keys(bulk.relations).sort()).toEqual([
        'bukele-replied-to-ortega',
        'bukele-said-prison-open-to-inspectors',
        'cecot-located-in-el-salvador-2',
      ]);
      const saved = await drafts.saveReview(created.id, bulk, 0);
      await acceptDraft(graph, drafts, saved.id, saved.revision);
      expect(await graph.getEntity('ana-ortega')).toMatchObject({ name: 'Ana Ortega' });
    });

    it('writes a draft file as it stands, every proposal accepted (what `npm run ingest -- --accept` loads)', async () => {
      const { summary } = await writeReviewed(graph, followUpDraft());
      expect(summary.documents.created).toBe(1);
      // The group the seed also has under that id was not linked by the extractor: it gets an id of its own.
      expect(await graph.getEntity('detained-migrants-2')).toMatchObject({ name: 'Deported migrants' });
      const cecot = await graph.getEntity('cecot');
      expect(new Set(cecot?.mentions.map((m) => m.documentId))).toEqual(
        new Set([SEED_DOCUMENT, FOLLOW_UP_DOCUMENT.id]),
      );
    });

    it('adds a real extraction of a second article about the seed story to the same nodes', async () => {
      const text = (await readFile(HELD_OUT_FOLLOW_UP, 'utf8')).trim();
      const document = {
        id: 'cecot-follow-up',
        title: 'CECOT follow-up',
        source: null,
        publishedAt: null,
        text,
      };
      const known = (await graph.readAll()).entities.map(({ id, name, type, aliases }) => ({
        id,
        name,
        type,
        aliases,
      }));
      const proposed = await extract(document, known);
      const created = await drafts.create(proposed);
      const saved = await drafts.saveReview(created.id, acceptAbove(proposed, emptyReview(), 0.6), 0);
      await acceptDraft(graph, drafts, saved.id, saved.revision);
      for (const id of ['nayib-bukele', 'cecot', 'trump-administration']) {
        const documents = new Set((await graph.getEntity(id))?.mentions.map((m) => m.documentId));
        expect([id, documents]).toEqual([id, new Set([SEED_DOCUMENT, 'cecot-follow-up'])]);
      }
      const located = await graph.relationsOf('cecot', { types: ['LOCATED_IN'] });
      expect(located.map((r) => [r.id, r.evidence.map((e) => e.documentId)])).toEqual([
        ['cecot-located-in-el-salvador', [SEED_DOCUMENT, 'cecot-follow-up']],
      ]);
    });

    it('writes two proposals the reviewer merged as one node with every sentence of both, and an undone merge as two', async () => {
      const split = splitOrtegaDraft();
      const merged: Review = {
        entities: {
          ...reviewed.entities,
          'ana-ortega': { status: 'accepted' },
          ortega: { status: 'accepted', mergeWith: 'ana-ortega' },
        },
        relations: reviewed.relations,
        added: [],
      };
      const created = await drafts.create(split);
      const saved = await drafts.saveReview(created.id, merged, 0);
      await acceptDraft(graph, drafts, saved.id, saved.revision);
      const sentencesOf = (id: string) => split.entities.find((e) => e.id === id)?.mentions ?? [];
      const ana = await graph.getEntity('ana-ortega');
      expect(ana?.mentions.map((m) => m.start).sort((a, b) => a - b)).toEqual(
        [...sentencesOf('ana-ortega'), ...sentencesOf('ortega')].map((m) => m.start).sort((a, b) => a - b),
      );
      expect(ana?.aliases).toContain('Ortega');
      expect(await graph.getEntity('ortega')).toBeNull();
      const replies = await graph.relationsOf('ana-ortega', { types: ['REPLIED_TO'] });
      expect(replies.map((r) => r.source)).toEqual(['nayib-bukele']);

      // The same article again with the merge undone before accepting: two nodes, each its own sentences.
      await graph.clear();
      await graph.upsert(seed);
      const again = await drafts.create(splitOrtegaDraft());
      const { ortega: _undone, ...entities } = merged.entities;
      void _undone;
      const undone = await drafts.saveReview(
        again.id,
        { ...merged, entities: { ...entities, ortega: { status: 'accepted' } } },
        0,
      );
      await acceptDraft(graph, drafts, undone.id, undone.revision);
      expect((await graph.getEntity('ortega'))?.mentions).toEqual(sentencesOf('ortega'));
      expect((await graph.getEntity('ana-ortega'))?.mentions).toEqual(sentencesOf('ana-ortega'));
    });

    it('gives a new entity whose id the graph already uses for someone else an id of its own', async () => {
      const draft = followUpDraft();
      const ortega = draft.entities.find((e) => e.id === 'ana-ortega');
      if (ortega === undefined) throw new Error('the sample draft lost Ana Ortega');
      ortega.id = 'hillary-clinton';
      for (const r of draft.relations) {
        if (r.source === 'ana-ortega') r.source = 'hillary-clinton';
        if (r.target === 'ana-ortega') r.target = 'hillary-clinton';
      }
      const created = await drafts.create(draft);
      const review = acceptAbove(draft, emptyReview(), 0.7);
      const saved = await drafts.saveReview(created.id, review, 0);
      await acceptDraft(graph, drafts, saved.id, saved.revision);
      expect(await graph.getEntity('hillary-clinton')).toMatchObject({ name: 'Hillary Clinton' });
      expect(await graph.getEntity('hillary-clinton-2')).toMatchObject({ name: 'Ana Ortega' });
      const replies = await graph.relationsOf('hillary-clinton-2', { types: ['REPLIED_TO'] });
      expect(replies.map((r) => r.source)).toEqual(['nayib-bukele']);
    });
  });
}

async function counts(
  graph: GraphStore,
): Promise<Pick<GraphStats, 'entityCount' | 'relationCount' | 'documentCount'>> {
  const { entityCount, relationCount, documentCount } = await graph.stats();
  return { entityCount, relationCount, documentCount };
}
