import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { loadBundles } from '../../../graph/bundle/load-bundles';
import { seedStore } from '../../../graph/bundle/seed';
import { importGraph } from '../../../graph/import';
import type { ImportProgress } from '../../../graph/import';
import { EmbeddedGraphStore } from '../../../graph/embedded/embedded-store';
import type { Document, Entity, GraphBatch, Relation } from '../../../graph/model';

/**
 * One timed load of a bundle file, three ways, each from the file on disk to a graph:
 * - `import`: the import service (`npm run import`, POST /api/import) into a fresh embedded store;
 * - `seed`: the seed path (bundle validation, then `EmbeddedGraphStore.upsert`) into a fresh embedded store;
 * - `bare`: JSON.parse and a plain graphology insert loop, with no validation, no copies, nothing on disk.
 * Both of ours end with the store's snapshot written and flushed; that is part of what they cost.
 */

/** Seconds from the start of one step to the start of the next. */
export type Steps = Record<string, number>;

export interface TimedLoad {
  seconds: number;
  relations: number;
  steps: Steps;
}

/** The import service, its limits lifted so that only size is measured. */
export async function loadWithImportService(file: string, storeDir: string): Promise<TimedLoad> {
  const store = await freshStore(storeDir);
  const marks: [string, number][] = [];
  const mark = (step: string) => marks.push([step, performance.now()]);
  try {
    mark('read');
    const content = await readFile(file);
    const summary = await importGraph(store, [{ name: path.basename(file), content }], {
      maxItems: 10_000_000,
      maxBytes: 2 * 1024 * 1024 * 1024,
      onProgress: (p: ImportProgress) => {
        if (p.phase !== 'done' && marks.at(-1)?.[0] !== p.phase) mark(p.phase);
      },
    });
    return { ...finish(marks), relations: summary.relations.created };
  } finally {
    await store.close();
  }
}

/** The seed path: `loadBundles` (shape, ids, ends, exact quotes) then one upsert. */
export async function loadWithSeedPath(file: string, storeDir: string): Promise<TimedLoad> {
  const store = await freshStore(storeDir);
  const marks: [string, number][] = [];
  try {
    marks.push(['read and validate', performance.now()]);
    const batch = await loadBundles([file]);
    marks.push(['upsert and write', performance.now()]);
    const result = await seedStore(store, batch);
    return { ...finish(marks), relations: result.stats.relationCount };
  } finally {
    await store.close();
  }
}

/** The floor: parse and insert, nothing else. */
export async function loadWithBareLoop(file: string): Promise<TimedLoad> {
  const marks: [string, number][] = [['read and parse', performance.now()]];
  const batch = JSON.parse(await readFile(file, 'utf8')) as GraphBatch;
  marks.push(['insert', performance.now()]);
  const graph = new MultiDirectedGraph<Entity, Relation>();
  const documents = new Map<string, Document>();
  for (const document of batch.documents) documents.set(document.id, document);
  for (const entity of batch.entities) graph.addNode(entity.id, entity);
  for (const relation of batch.relations) {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  }
  return { ...finish(marks), relations: graph.size };
}

async function freshStore(dir: string): Promise<EmbeddedGraphStore> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return EmbeddedGraphStore.open(dir);
}

function finish(marks: readonly [string, number][]): { seconds: number; steps: Steps } {
  const end = performance.now();
  const steps: Steps = {};
  for (const [i, [step, at]] of marks.entries()) steps[step] = ((marks[i + 1]?.[1] ?? end) - at) / 1000;
  return { seconds: (end - (marks[0]?.[1] ?? end)) / 1000, steps };
}
