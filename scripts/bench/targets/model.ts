import type { ExecutorResult } from '../executor/executor-worker';
import type { Neo4jSetup } from '../harness/bench-neo4j';
import type { Machine } from '../harness/machine';
import type { HttpCell } from '../measure/graphql-bench';
import type { InProcessResult } from '../measure/in-process-worker';
import type { Neo4jImportRow } from '../measure/neo4j-import-bench';
import type { QueryKind } from '../measure/query-kinds';
import type { BenchStore } from '../report/types';

/** What `npm run bench:targets` measured: written as JSON after every size, rendered by render.ts. */
export interface TargetsReport {
  startedAt: string;
  machine: Machine;
  settings: TargetsSettings;
  /** How the run's Neo4j was sized, or null when Neo4j was not measured. */
  neo4j: Neo4jSetup | null;
  neo4jImports: Neo4jImportRow[];
  /** Neo4j's JVM resident memory after each size's cells, in MB. */
  neo4jRssMb: { relations: number; rssMb: number }[];
  inProcess: InProcessRun[];
  runs: ServedRun[];
  /** graphql-js against graphql-jit on the embedded store, at the target size. */
  executor: { relations: number; result: ExecutorResult } | null;
  /** What a reader must know: sizes skipped, imports that did not fit. */
  notes: string[];
}

export interface TargetsSettings {
  stores: BenchStore[];
  sizes: number[];
  /** The graph the target table is stated on. */
  target: number;
  kinds: QueryKind[];
  /** Clients of the curves, at every size. */
  clients: number[];
  /** Processes of the curves, at every size. */
  curveProcesses: number;
  /** Every process count measured at the target size (the curves' and the others). */
  processes: number[];
  /** Clients of the target table's p99 rows. */
  targetClients: number;
  seconds: number;
  answerCache: 'on' | 'off';
}

/** One store's calls made in-process, one at a time, on one graph. */
interface InProcessRun {
  store: BenchStore;
  relations: number;
  result: InProcessResult;
}

/** One measured server: a store, a graph size and a number of processes. */
export interface ServedRun {
  store: BenchStore;
  relations: number;
  entities: number;
  processes: number;
  /** Start to every process answering (the embedded store reads its snapshot then). */
  readySeconds: number;
  /** Resident memory of our server (all its processes) once ready, and after the cells. */
  readyRssMb: number;
  endRssMb: number;
  cells: HttpCell[];
}

/** The clients measured at a process count: the curves' at their process count, else those of the table. */
export function clientsAt(settings: TargetsSettings, processes: number): number[] {
  if (processes === settings.curveProcesses) return settings.clients;
  return [...new Set([1, settings.targetClients])];
}

/** The process counts measured at a size: the curves' everywhere, every count at the target size. */
export function processesAt(settings: TargetsSettings, relations: number): number[] {
  if (relations !== settings.target) return [settings.curveProcesses];
  return [settings.curveProcesses, ...settings.processes.filter((p) => p !== settings.curveProcesses)];
}

/** The served run the target table reads at a size: the one with the most processes. */
export function tableRun(report: TargetsReport, store: BenchStore, relations: number): ServedRun | undefined {
  return report.runs
    .filter((run) => run.store === store && run.relations === relations)
    .sort((a, b) => b.processes - a.processes)[0];
}

export function inProcessOf(
  report: TargetsReport,
  store: BenchStore,
  relations: number,
): InProcessResult | undefined {
  return report.inProcess.find((r) => r.store === store && r.relations === relations)?.result;
}

export const STORE_NAMES: Record<BenchStore, string> = { embedded: 'embedded', neo4j: 'Neo4j' };
