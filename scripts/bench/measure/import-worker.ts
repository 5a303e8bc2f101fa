/**
 * Worker (run by import-bench.ts in its own process): loads one bundle file `--runs` times each way and
 * reports every timing. A way that throws is reported with its error and not tried again.
 *   --file bundle.json --scratch dir --runs 3 [--keep dir] [--profile]
 * With --keep, the last seed-path load is written to that directory, for the GraphQL benchmark to serve.
 * With --profile, one more seed-path load runs under the CPU profiler, outside the timed runs.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectGarbage, reportResult } from '../harness/child';
import type { HotSpot } from '../harness/profile';
import { hotSpots } from '../harness/profile';
import type { TimedLoad } from './import-once';
import { loadWithBareLoop, loadWithImportService, loadWithSeedPath } from './import-once';

export type LoadWay = 'bare' | 'seed' | 'import';
type WayOutcome = TimedLoad | { error: string };
export interface ImportWorkerResult {
  runs: Partial<Record<LoadWay, WayOutcome>>[];
  /** With --profile: where one more, untimed, seed-path load spends its time. */
  seedHotSpots: HotSpot[];
}

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    scratch: { type: 'string' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
if (values.file === undefined || values.scratch === undefined)
  throw new Error('--file and --scratch are required');
const file = values.file;
const scratch = values.scratch;
const runs = Number(values.runs);

const failed = new Set<LoadWay>();
const result: ImportWorkerResult = { runs: [], seedHotSpots: [] };
for (let run = 0; run < runs; run++) {
  const last = run === runs - 1;
  const ways: Record<LoadWay, () => Promise<TimedLoad>> = {
    bare: () => loadWithBareLoop(file),
    seed: () =>
      loadWithSeedPath(file, last && values.keep !== undefined ? values.keep : path.join(scratch, 'seed')),
    import: () => loadWithImportService(file, path.join(scratch, 'import')),
  };
  // The order turns each run, so that none of the three always runs on the warmest (or most fragmented) heap.
  const order = (['bare', 'seed', 'import'] as const).map(
    (_, i, all) => all[(i + run) % all.length] as LoadWay,
  );
  const outcomes: Partial<Record<LoadWay, WayOutcome>> = {};
  for (const way of order) {
    if (failed.has(way)) continue;
    collectGarbage();
    try {
      outcomes[way] = await ways[way]();
    } catch (error) {
      failed.add(way);
      outcomes[way] = { error: describeError(error) };
    }
    process.stderr.write(
      `  ${path.basename(path.dirname(file))} run ${run + 1}/${runs} ${way}: ${describe(outcomes[way])}\n`,
    );
  }
  result.runs.push(outcomes);
}
if (values.profile && !failed.has('seed')) {
  collectGarbage();
  result.seedHotSpots = await hotSpots(() => loadWithSeedPath(file, path.join(scratch, 'profile')), 8);
}
reportResult(result);

/** The error and its causes, since a store's error may wrap the one that says what really happened. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const own = `${error.name}: ${error.message}`;
  return error.cause === undefined ? own : `${own} (cause: ${describeError(error.cause)})`;
}

function describe(outcome: WayOutcome | undefined): string {
  if (outcome === undefined) return 'skipped';
  return 'error' in outcome ? outcome.error : `${outcome.seconds.toFixed(2)} s`;
}
