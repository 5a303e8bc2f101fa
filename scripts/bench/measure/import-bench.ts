import path from 'node:path';
import { runWorker } from '../harness/child';
import { BENCH_DIR } from '../harness/paths';
import type { HotSpot } from '../harness/profile';
import { median } from '../harness/stats';
import type { Dataset } from '../synthetic/dataset';
import type { Steps } from './import-once';
import type { ImportWorkerResult, LoadWay } from './import-worker';

const WORKER = path.join(import.meta.dirname, 'import-worker.ts');

/** One way of loading, over several runs: medians, or the error that stopped it. */
export interface WaySummary {
  seconds: number | null;
  relationsPerSecond: number | null;
  /** Median seconds per step. */
  steps: Steps;
  error: string | null;
}

export interface ImportRow {
  relations: number;
  entities: number;
  documents: number;
  megabytes: number;
  runs: number;
  ways: Record<LoadWay, WaySummary>;
  /** Where a seed-path load spends its time, when this size was profiled. */
  seedHotSpots: HotSpot[];
}

export interface ImportBenchOptions {
  runs: number;
  /** Keep the seed path's store of this run here (for serving it afterwards). */
  keepStoreIn?: string;
  heapMb: number;
  /** Also profile one seed-path load (outside the timed runs). */
  profile?: boolean;
}

/** Loads one dataset `runs` times each way, in a fresh process, and summarises. */
export async function benchImport(dataset: Dataset, options: ImportBenchOptions): Promise<ImportRow> {
  const scratch = path.join(BENCH_DIR, 'scratch', `import-${dataset.relations}`);
  const args = ['--file', dataset.bundleFile, '--scratch', scratch, '--runs', String(options.runs)];
  if (options.keepStoreIn !== undefined) args.push('--keep', options.keepStoreIn);
  if (options.profile === true) args.push('--profile');
  const result = await runWorker<ImportWorkerResult>(WORKER, args, { heapMb: options.heapMb });
  const summarizeWay = (way: LoadWay): WaySummary => {
    const outcomes = result.runs.map((run) => run[way]).filter((o) => o !== undefined);
    const error = outcomes.find((o) => 'error' in o);
    const timed = outcomes.flatMap((o) => ('error' in o ? [] : [o]));
    if (timed.length === 0) {
      return { seconds: null, relationsPerSecond: null, steps: {}, error: error?.error ?? 'not run' };
    }
    const seconds = median(timed.map((t) => t.seconds));
    const stepNames = [...new Set(timed.flatMap((t) => Object.keys(t.steps)))];
    return {
      seconds,
      relationsPerSecond: dataset.relations / seconds,
      steps: Object.fromEntries(stepNames.map((s) => [s, median(timed.map((t) => t.steps[s] ?? 0))])),
      error: error === undefined ? null : error.error,
    };
  };
  return {
    relations: dataset.relations,
    entities: dataset.entities,
    documents: dataset.documents,
    megabytes: dataset.bytes / 1e6,
    runs: options.runs,
    ways: { bare: summarizeWay('bare'), seed: summarizeWay('seed'), import: summarizeWay('import') },
    seedHotSpots: result.seedHotSpots,
  };
}
