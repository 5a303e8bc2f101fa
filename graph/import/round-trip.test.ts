import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listBundleFiles } from '../bundle/bundle-files';
import { loadBundles } from '../bundle/load-bundles';
import { exportGraph } from '../export';
import { exportInputOf, sortedBatch } from '../export/testing/export-input';
import { hostileBatch } from '../export/testing/hostile-input';
import type { ExportFile } from '../export/types';
import type { GraphStore } from '../store';
import type { GraphBatch } from '../model';
import { importGraph } from './import-graph';
import { tempStore } from './testing/files';
import type { ImportFile } from './types';
import { IMPORT_FORMATS } from './types';

/**
 * Export → import → the same graph: for every format that carries the whole model (all but Cypher,
 * which loads into Neo4j rather than back into us), the seed graph and a graph of hostile strings
 * (markup, quotes, commas, line breaks, emoji, right-to-left text) come back with every entity, relation
 * and piece of evidence identical.
 */

function asImportFile(file: ExportFile): ImportFile {
  const content =
    file.encoding === 'base64'
      ? new Uint8Array(Buffer.from(file.content, 'base64'))
      : new TextEncoder().encode(file.content);
  return { name: file.filename, content };
}

const LIMITS = { maxItems: 100_000, maxBytes: 50_000_000 };

let seed: GraphBatch;
beforeAll(async () => {
  seed = await loadBundles(await listBundleFiles());
});

let store: GraphStore;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ store, cleanup } = await tempStore());
});
afterEach(async () => {
  await cleanup();
});

describe('export then import', () => {
  const graphs: { name: string; batch: () => GraphBatch }[] = [
    { name: 'the seed graph', batch: () => structuredClone(seed) },
    { name: 'the hostile graph', batch: hostileBatch },
  ];
  for (const format of IMPORT_FORMATS) {
    describe(format, () => {
      for (const { name, batch } of graphs) {
        it(`gives back ${name} with every entity, relation and piece of evidence`, async () => {
          const original = batch();
          const file = exportGraph(exportInputOf(original), format, {
            baseName: 'round-trip',
          });
          const summary = await importGraph(store, [asImportFile(file)], LIMITS);
          expect(summary.entities.created).toBe(original.entities.length);
          expect(summary.relations.created).toBe(original.relations.length);
          expect(sortedBatch(await store.readAll())).toEqual(sortedBatch(original));
        });
      }

      it('finds nothing to change when the same export is imported again', async () => {
        const file = asImportFile(exportGraph(exportInputOf(hostileBatch()), format, { baseName: 'again' }));
        await importGraph(store, [file], LIMITS);
        const summary = await importGraph(store, [file], LIMITS);
        for (const kind of ['documents', 'entities', 'relations'] as const) {
          expect(summary[kind]).toMatchObject({ created: 0, updated: 0, rejected: 0 });
        }
      });
    });
  }
});
