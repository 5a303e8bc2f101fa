import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_DIR } from '../harness/paths';
import { writeBundleFile } from './bundle-file';
import { generateGraph } from './generate-graph';
import type { Workload } from './workload';
import { drawWorkload } from './workload';

/** A generated graph on disk: the bundle any import reads, and the query arguments drawn from it. */
export interface Dataset {
  dir: string;
  bundleFile: string;
  workloadFile: string;
  relations: number;
  entities: number;
  documents: number;
  seed: number;
  /** Size of the bundle file. */
  bytes: number;
  /** Hash of the generator's source: a cached dataset made by other code is made again. */
  generator: string;
}

export interface DatasetOptions {
  relations: number;
  seed?: number;
  /** Where datasets are kept; default artifacts/bench/data. */
  baseDir?: string;
}

/**
 * Public: the dataset of `relations` relations for `seed`, generated under `artifacts/bench/data/` the first
 * time and reused afterwards (generation is deterministic, so a cached copy made by the same generator code
 * is the same graph). Generated, never committed.
 */
export async function prepareDataset(options: DatasetOptions): Promise<Dataset> {
  const seed = options.seed ?? 1;
  const dir = path.join(options.baseDir ?? DATA_DIR, `r${options.relations}-s${seed}`);
  const metaFile = path.join(dir, 'meta.json');
  const generator = generatorHash();
  const cached = await readMeta(metaFile);
  if (cached !== undefined && cached.generator === generator) return cached;

  const batch = generateGraph({ relations: options.relations, seed });
  const bundleFile = path.join(dir, 'bundle.json');
  const workloadFile = path.join(dir, 'workload.json');
  await writeBundleFile(bundleFile, batch);
  await writeFile(workloadFile, `${JSON.stringify(drawWorkload(batch), null, 2)}\n`);
  const dataset: Dataset = {
    dir,
    bundleFile,
    workloadFile,
    relations: batch.relations.length,
    entities: batch.entities.length,
    documents: batch.documents.length,
    seed,
    bytes: (await stat(bundleFile)).size,
    generator,
  };
  // Written last: a run killed midway leaves no meta.json, so the half-written dataset is made again.
  await writeFile(metaFile, `${JSON.stringify(dataset, null, 2)}\n`);
  return dataset;
}

export async function readWorkload(dataset: Pick<Dataset, 'workloadFile'>): Promise<Workload> {
  return JSON.parse(await readFile(dataset.workloadFile, 'utf8')) as Workload;
}

async function readMeta(file: string): Promise<Dataset | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Dataset;
  } catch {
    return undefined;
  }
}

/** A short hash of this folder's source files (tests excluded). */
function generatorHash(): string {
  const hash = createHash('sha256');
  const dir = import.meta.dirname;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    hash.update(name).update(readFileSync(path.join(dir, name)));
  }
  return hash.digest('hex').slice(0, 12);
}
