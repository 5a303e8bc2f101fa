import path from 'node:path';
import { runWorker } from '../harness/child';
import { median } from '../harness/stats';
import type { Dataset } from '../synthetic/dataset';
import type { WaySummary } from './import-bench';
import type { Neo4jImportOutcome } from './neo4j-import-worker';

const WORKER = path.join(import.meta.dirname, 'neo4j-import-worker.ts');

export interface Neo4jImportRow {
  relations: number;
  entities: number;
  runs: number;
  /** The seed path into Neo4j: medians of the runs, or the error that stopped it. */
  seed: WaySummary;
  /**
   * Median CPU seconds of a run: Neo4j's JVM, and the importing Node process (validation, Bolt). Far below
   * the wall time means the import waited for a core (a busy machine), not for Neo4j's work.
   */
  serverCpuSeconds: number | null;
  clientCpuSeconds: number | null;
}

/**
 * Loads one dataset into the benchmark's Neo4j `runs` times (in a fresh process; the store emptied before
 * each run), and leaves the last load in it. `env` points the worker at the server.
 */
export async function benchNeo4jImport(
  dataset: Dataset,
  options: { runs: number; heapMb: number; env: Record<string, string> },
): Promise<Neo4jImportRow> {
  let outcomes: Neo4jImportOutcome[];
  try {
    outcomes = await runWorker<Neo4jImportOutcome[]>(
      WORKER,
      ['--file', dataset.bundleFile, '--runs', String(options.runs)],
      { heapMb: options.heapMb, env: { ...process.env, ...options.env } },
    );
  } catch (error) {
    outcomes = [{ error: String(error) }];
  }
  return {
    relations: dataset.relations,
    entities: dataset.entities,
    runs: options.runs,
    seed: summarizeOutcomes(outcomes, dataset.relations),
    ...cpuMedians(outcomes),
  };
}

export function summarizeOutcomes(outcomes: readonly Neo4jImportOutcome[], relations: number): WaySummary {
  const error = outcomes.find((o) => 'error' in o);
  const timed = outcomes.flatMap((o) => ('error' in o ? [] : [o]));
  if (timed.length === 0) {
    return { seconds: null, relationsPerSecond: null, steps: {}, error: error?.error ?? 'not run' };
  }
  const seconds = median(timed.map((t) => t.seconds));
  const stepNames = [...new Set(timed.flatMap((t) => Object.keys(t.steps)))];
  return {
    seconds,
    relationsPerSecond: relations / seconds,
    steps: Object.fromEntries(stepNames.map((s) => [s, median(timed.map((t) => t.steps[s] ?? 0))])),
    error: error === undefined ? null : error.error,
  };
}

export function cpuMedians(
  outcomes: readonly Neo4jImportOutcome[],
): Pick<Neo4jImportRow, 'serverCpuSeconds' | 'clientCpuSeconds'> {
  const timed = outcomes.flatMap((o) => ('error' in o ? [] : [o]));
  const of = (values: number[]) => {
    const known = values.filter((v) => Number.isFinite(v));
    return known.length === 0 ? null : median(known);
  };
  return {
    serverCpuSeconds: of(timed.map((t) => t.serverCpuSeconds)),
    clientCpuSeconds: of(timed.map((t) => t.clientCpuSeconds)),
  };
}
