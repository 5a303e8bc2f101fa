/**
 * Where the time and memory of opening the embedded store go, phase by phase, in this process:
 * `node --expose-gc --import tsx scripts/bench/open-phases.ts --relations 500000 [--file graph.json]` (without --expose-gc the
 * memory figures include garbage not yet collected).
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readSnapshotLines } from '../../graph/embedded/snapshot-lines';
import { freshState } from '../../graph/embedded/fresh-state';
import { EntityNameIndex } from '../../graph/embedded/search-index';
import { prepareDataset } from './synthetic/dataset';
import { storeFor } from './harness/dataset-store';

const { values } = parseArgs({
  options: { relations: { type: 'string', default: '500000' }, file: { type: 'string' } },
});
// --file reads that snapshot instead of the generated graph's (say a copy written by older code).
const file =
  values.file ??
  path.join(await storeFor(await prepareDataset({ relations: Number(values.relations) })), 'graph.json');
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
let last = performance.now();
let lastCpu = process.cpuUsage();
function phase(name: string): void {
  const wall = performance.now() - last;
  const cpu = process.cpuUsage(lastCpu);
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  console.log(
    `${name.padEnd(22)} ${(wall / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s cpu; heap ${mb(heapUsed)} MB, rss ${mb(rss)} MB`,
  );
  last = performance.now();
  lastCpu = process.cpuUsage();
}
phase('start');
const handle = await open(file, 'r');
const batch = await readSnapshotLines(handle, file, '');
await handle.close();
phase('read+parse+check');
const state = freshState(batch);
if (state === undefined) throw new Error(`${file}: a relation joins an id that is not an entity`);
phase('graphology');
const names = new EntityNameIndex();
names.sync(state.graph);
phase('name index');
console.log(`${state.graph.order} entities, ${state.graph.size} relations`);
