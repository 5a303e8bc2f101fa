import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateBundles } from '../bundle/annotate';
import { listBundleFiles } from '../bundle/bundle-files';
import { loadBundles } from '../bundle/load-bundles';
import { readDraftBundle } from '../bundle/read-draft';
import type { Evidence, GraphBatch } from '../model';
import { splitSentences } from '../text/sentences';

/**
 * The committed seed data, checked as data: every quote is exact and a whole sentence, the files are what
 * the annotator would write, and no sentence of any article is left out of the graph.
 */
let files: string[];
let batch: GraphBatch;
beforeAll(async () => {
  files = await listBundleFiles();
  batch = await loadBundles(files);
});

const allEvidence = (b: GraphBatch): { owner: string; evidence: Evidence }[] => [
  ...b.relations.flatMap((r) => r.evidence.map((evidence) => ({ owner: `relation ${r.id}`, evidence }))),
  ...b.entities.flatMap((e) => e.mentions.map((evidence) => ({ owner: `entity ${e.id}`, evidence }))),
];

describe('the seed bundles', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('quote every evidence and mention exactly at its offsets', () => {
    const texts = new Map(batch.documents.map((d) => [d.id, d.text]));
    for (const { owner, evidence } of allEvidence(batch)) {
      expect(texts.get(evidence.documentId)?.slice(evidence.start, evidence.end), owner).toBe(
        evidence.sentence,
      );
    }
  });

  it('quote only whole sentences of the documents', () => {
    const sentences = new Map(
      batch.documents.map((d) => [d.id, new Set(splitSentences(d.text).map((s) => `${s.start}:${s.end}`))]),
    );
    for (const { owner, evidence } of allEvidence(batch)) {
      expect(sentences.get(evidence.documentId)?.has(`${evidence.start}:${evidence.end}`), owner).toBe(true);
    }
  });

  it('are in sync with the annotator (npm run data:annotate would change nothing)', async () => {
    const drafts = [];
    for (const file of files) drafts.push(await readDraftBundle(file));
    const annotated = annotateBundles(drafts);
    for (const [i, file] of files.entries()) {
      const committed: unknown = JSON.parse(await readFile(file, 'utf8'));
      // Compared as JSON text so that key order counts too.
      expect(JSON.stringify(annotated[i]?.bundle), file).toBe(JSON.stringify(committed));
    }
  });

  it('hold the relation types the product is shown with: SAID, CRITICIZED, AIRED, PULLED, ORDERED', () => {
    const types = new Set(batch.relations.map((r) => r.type));
    for (const type of ['SAID', 'CRITICIZED', 'AIRED', 'PULLED', 'ORDERED'])
      expect(types, type).toContain(type);
  });

  it('leave no sentence of any document out: each is evidence of a relation or a mention of an entity', () => {
    const used = new Set(allEvidence(batch).map(({ evidence: e }) => `${e.documentId}:${e.start}`));
    const unused = batch.documents.flatMap((d) =>
      splitSentences(d.text)
        .filter((s) => !used.has(`${d.id}:${s.start}`))
        .map((s) => `${d.id}: ${s.text}`),
    );
    expect(unused).toEqual([]);
  });

  it('give every relation at least one piece of evidence and every entity at least one mention', () => {
    expect(batch.relations.filter((r) => r.evidence.length === 0).map((r) => r.id)).toEqual([]);
    expect(batch.entities.filter((e) => e.mentions.length === 0).map((e) => e.id)).toEqual([]);
  });
});

describe('the CECOT article', () => {
  it('is kept byte for byte, curly quotes and trailing newline included', async () => {
    const text = await readFile(new URL('./documents/cecot-bukele-clinton.txt', import.meta.url), 'utf8');
    expect(text).toContain('El Salvador’s President Nayib Bukele');
    expect(text).toContain('“60 Minutes”');
    expect(text.endsWith('Alien Enemies Act.\n\n')).toBe(true);
    expect(batch.documents.find((d) => d.id === 'cecot-bukele-clinton')?.text).toBe(text);
  });

  it('splits into its 14 sentences', () => {
    const document = batch.documents.find((d) => d.id === 'cecot-bukele-clinton');
    expect(splitSentences(document?.text ?? '')).toHaveLength(14);
  });
});
