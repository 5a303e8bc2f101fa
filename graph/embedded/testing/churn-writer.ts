/**
 * A writer for the kill test (crash-safety.test.ts), run as a child process that is killed with
 * SIGKILL at random moments. Usage: churn-writer.ts <dataDir> <batchSize> <maxBatches>
 *
 * It upserts batch 0, 1, 2, ... of `syntheticBatch('w', i, batchSize)` in a loop, continuing from what the
 * store holds; after `maxBatches` it clears the store and starts again. So every snapshot it can leave
 * behind holds exactly batches 0..k-1 for some k in 0..maxBatches. It prints `ready <k>` once the store is
 * open, then `wrote <k>` after each write.
 */
import { EmbeddedGraphStore } from '../embedded-store';
import { syntheticBatch } from './batches';

const [dataDir, batchSizeArg, maxBatchesArg] = process.argv.slice(2);
const batchSize = Number(batchSizeArg);
const maxBatches = Number(maxBatchesArg);
if (dataDir === undefined || !(batchSize > 0) || !(maxBatches > 0)) {
  console.error('Usage: churn-writer.ts <dataDir> <batchSize> <maxBatches>');
  process.exit(1);
}

const store = await EmbeddedGraphStore.open(dataDir);
let k = (await store.stats()).entityCount / batchSize;
process.stdout.write(`ready ${k}\n`);
for (;;) {
  if (k >= maxBatches) {
    await store.clear();
    k = 0;
  } else {
    await store.upsert(syntheticBatch('w', k, batchSize));
    k += 1;
  }
  process.stdout.write(`wrote ${k}\n`);
}
