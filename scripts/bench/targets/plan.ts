import { count } from '../report/targets';
import type { BenchStore } from '../report/types';
import type { TargetsSettings } from './model';
import { clientsAt, processesAt, STORE_NAMES } from './model';

/**
 * What a run will do and about how long it takes, printed before it starts so a run that cannot fit is
 * stopped at once. The figures are this machine's (2 cores), idle, from the baseline of 2026-12-03 and
 * `npm run bench`: our server opens the embedded 500k graph in about 20 s; Neo4j imported 3–5k
 * relations/s; a cell takes its seconds plus about one for the idle check after it.
 */
export const ESTIMATE = {
  /** Our server (or the in-process worker) opening the embedded store: fixed + per million relations. */
  embeddedOpenSeconds: { fixed: 4, perMillion: 35 },
  /** Over Neo4j the server reads nothing up front. */
  neo4jServerOpenSeconds: 8,
  neo4jStartSeconds: 25,
  neo4jImportRelationsPerSecond: 4_000,
  cellOverheadSeconds: 1,
  /** The in-process worker: per kind, a warm-up and its repetitions of `budget` seconds. */
  inProcess: { reps: 3, budgetSeconds: 1 },
  /** The executor worker: per request, both executors, on the target graph. */
  executorRequestSeconds: 0.04,
} as const;

export interface PlannedStep {
  store: BenchStore;
  relations: number;
  what: string;
  seconds: number;
}

function openSeconds(relations: number): number {
  const { fixed, perMillion } = ESTIMATE.embeddedOpenSeconds;
  return fixed + (perMillion * relations) / 1_000_000;
}

/** The relations Neo4j imports in `seconds` at `relationsPerSecond`: does the next size fit? */
export function importFits(relations: number, relationsPerSecond: number, maxSeconds: number): boolean {
  return relations / relationsPerSecond <= maxSeconds;
}

/** Every step of a run with its estimated seconds, in the order the run makes them. */
export function planRun(
  settings: TargetsSettings,
  options: { executorReps: number; neo4jImportMaxSeconds: number },
): PlannedStep[] {
  const steps: PlannedStep[] = [];
  const kinds = settings.kinds.length;
  const inProcessSeconds =
    kinds *
    (Math.min(1, ESTIMATE.inProcess.budgetSeconds / 5) +
      ESTIMATE.inProcess.reps * ESTIMATE.inProcess.budgetSeconds);
  const cellsSeconds = (processes: number) =>
    kinds * clientsAt(settings, processes).length * (settings.seconds + ESTIMATE.cellOverheadSeconds);
  if (settings.stores.includes('neo4j')) {
    steps.push({
      store: 'neo4j',
      relations: Math.max(...settings.sizes),
      what: 'start',
      seconds: ESTIMATE.neo4jStartSeconds,
    });
  }
  for (const relations of settings.sizes) {
    for (const store of settings.stores) {
      const add = (what: string, seconds: number) => steps.push({ store, relations, what, seconds });
      if (store === 'neo4j') {
        const importSeconds = relations / ESTIMATE.neo4jImportRelationsPerSecond;
        if (!importFits(relations, ESTIMATE.neo4jImportRelationsPerSecond, options.neo4jImportMaxSeconds)) {
          continue;
        }
        add('import', importSeconds + 5);
        add('in-process calls', inProcessSeconds + 2);
      } else {
        add('in-process calls', openSeconds(relations) + inProcessSeconds);
        if (relations === settings.target && options.executorReps > 0) {
          add(
            'graphql-js against graphql-jit',
            openSeconds(relations) + kinds * options.executorReps * ESTIMATE.executorRequestSeconds,
          );
        }
      }
      for (const processes of processesAt(settings, relations)) {
        const open = store === 'neo4j' ? ESTIMATE.neo4jServerOpenSeconds : openSeconds(relations);
        add(`our server, ${processes} process(es)`, open + cellsSeconds(processes));
      }
    }
  }
  return steps;
}

/** The plan in a few lines: minutes per store and size, and the total. */
export function describePlan(steps: readonly PlannedStep[]): string[] {
  const groups = new Map<string, number>();
  for (const step of steps) {
    const key = step.what.startsWith('start')
      ? `${STORE_NAMES[step.store]}: ${step.what}`
      : `${STORE_NAMES[step.store]} ${count(step.relations)}`;
    groups.set(key, (groups.get(key) ?? 0) + step.seconds);
  }
  const total = steps.reduce((sum, step) => sum + step.seconds, 0);
  return [
    `Estimated ${minutes(total)} on an idle 2-core machine (graphs not generated yet add their generation):`,
    ...[...groups].map(([key, seconds]) => `  ${key}: ${minutes(seconds)}`),
  ];
}

export function minutes(seconds: number): string {
  return seconds < 90 ? `${Math.round(seconds)} s` : `${(seconds / 60).toFixed(1)} min`;
}
