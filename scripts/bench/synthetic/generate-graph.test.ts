import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { batchSchema } from '../../../graph/batch-schema';
import { importGraph } from '../../../graph/import';
import { EmbeddedGraphStore } from '../../../graph/embedded/embedded-store';
import { writeBundleFile } from './bundle-file';
import { generateGraph, slugify } from './generate-graph';
import { RELATION_KINDS } from './relation-kinds';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('generateGraph', () => {
  const batch = generateGraph({ relations: 1_000, seed: 3 });

  it('makes exactly the relations asked for, and a fifth as many entities by default', () => {
    expect(batch.relations).toHaveLength(1_000);
    expect(batch.entities).toHaveLength(200);
    expect(generateGraph({ relations: 50, entities: 30 }).entities).toHaveLength(30);
  });

  it("passes the model's validation", () => {
    const parsed = batchSchema.safeParse(batch);
    expect(parsed.error?.issues[0]).toBeUndefined();
  });

  it('places every evidence and mention sentence exactly at its offsets in its document', () => {
    const texts = new Map(batch.documents.map((d) => [d.id, d.text]));
    const spans = [
      ...batch.relations.flatMap((r) => r.evidence),
      ...batch.entities.flatMap((e) => e.mentions),
    ];
    expect(spans.length).toBeGreaterThan(1_000);
    for (const span of spans) {
      expect(texts.get(span.documentId)?.slice(span.start, span.end)).toBe(span.sentence);
    }
  });

  it('names both ends of a relation in its first evidence sentence', () => {
    const names = new Map(batch.entities.map((e) => [e.id, e.name]));
    for (const relation of batch.relations) {
      const sentence = relation.evidence[0]?.sentence ?? '';
      expect(sentence).toContain(names.get(relation.source));
      expect(sentence).toContain(names.get(relation.target));
    }
  });

  it('joins two distinct, existing entities whose types the relation kind allows', () => {
    const types = new Map(batch.entities.map((e) => [e.id, e.type]));
    const kinds = new Map(RELATION_KINDS.map((k) => [k.type, k]));
    for (const relation of batch.relations) {
      expect(relation.source).not.toBe(relation.target);
      const kind = kinds.get(relation.type);
      expect(kind?.sources).toContain(types.get(relation.source));
      expect(kind?.targets).toContain(types.get(relation.target));
    }
  });

  it('gives every document, entity and relation its own id', () => {
    for (const items of [batch.documents, batch.entities, batch.relations]) {
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    }
  });

  it('makes the same graph from the same seed and another graph from another seed', () => {
    expect(generateGraph({ relations: 1_000, seed: 3 })).toEqual(batch);
    expect(generateGraph({ relations: 1_000, seed: 4 }).entities[0]).not.toEqual(batch.entities[0]);
  });

  it('concentrates relations on a few hubs, as news does', () => {
    const degree = new Map<string, number>();
    for (const r of batch.relations) {
      for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const topTenth = sorted.slice(0, Math.ceil(batch.entities.length / 10)).reduce((a, b) => a + b, 0);
    // With ends drawn uniformly the top tenth would hold about a sixth of the endpoints.
    expect(topTenth / 2_000).toBeGreaterThan(0.3);
  });

  it('makes a valid graph even with two entities', () => {
    const tiny = generateGraph({ relations: 5, entities: 2 });
    expect(batchSchema.safeParse(tiny).success).toBe(true);
    expect(tiny.relations).toHaveLength(5);
  });

  it('refuses sizes that are not whole numbers in range', () => {
    expect(() => generateGraph({ relations: 0 })).toThrow(RangeError);
    expect(() => generateGraph({ relations: 1.5 })).toThrow(RangeError);
    expect(() => generateGraph({ relations: 10, entities: 1 })).toThrow(RangeError);
  });

  it('writes a bundle that the import service loads into the embedded store unchanged', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-generate-'));
    dirs.push(dir);
    const file = path.join(dir, 'bundle.json');
    await writeBundleFile(file, batch);
    const store = await EmbeddedGraphStore.open(path.join(dir, 'store'));
    try {
      const summary = await importGraph(store, [{ name: 'bundle.json', content: await readFile(file) }]);
      expect(summary.relations.created).toBe(1_000);
      expect(summary.entities.created).toBe(200);
      const stored = await store.readAll();
      expect(stored.relations).toHaveLength(1_000);
      expect(stored.documents.map((d) => d.text).sort()).toEqual(batch.documents.map((d) => d.text).sort());
    } finally {
      await store.close();
    }
  });
});

describe('slugify', () => {
  it('turns a name with accents and punctuation into an id slug', () => {
    expect(slugify('José Müller')).toBe('jose-muller');
    expect(slugify('Ahmet Yılmaz')).toBe('ahmet-yilmaz');
    expect(slugify("Workers' Union, Inc.")).toBe('workers-union-inc');
    expect(slugify('¿?')).toBe('entity');
  });
});
