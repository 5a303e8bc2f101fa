/**
 * A writer for the concurrent-writers test, run as a child process. Usage:
 * batch-writer.ts <dataDir> <prefix> <batches> <batchSize>
 *
 * Opens the store, prints `ready`, waits for a line on stdin (so that the test can start two writers at
 * the same moment), upserts batches 0..batches-1 of `syntheticBatch(prefix, i, batchSize)` one upsert each,
 * prints `done` and exits.
 */
import { once } from 'node:events';
import { EmbeddedGraphStore } from '../embedded-store';
import { syntheticBatch } from './batches';

const [dataDir, prefix, batchesArg, batchSizeArg] = process.argv.slice(2);
const batches = Number(batchesArg);
const batchSize = Number(batchSizeArg);
if (dataDir === undefined || prefix === undefined || !(batches > 0) || !(batchSize > 0)) {
  console.error('Usage: batch-writer.ts <dataDir> <prefix> <batches> <batchSize>');
  process.exit(1);
}

const store = await EmbeddedGraphStore.open(dataDir);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.pause();
for (let index = 0; index < batches; index += 1) {
  await store.upsert(syntheticBatch(prefix, index, batchSize));
}
await store.close();
process.stdout.write('done\n');
