/**
 * npx tsx scripts/bench/generate.ts --relations 100000 [--seed 1]
 *
 * Generates a synthetic news graph (see synthetic/generate-graph.ts) as a JSON bundle under
 * artifacts/bench/data/, with the query arguments the benchmarks use. Load it with
 * `npm run import -- <bundle.json>` to explore a big graph in the app.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDataset } from './synthetic/dataset';
import { MAX_RELATIONS } from './synthetic/generate-graph';

const USAGE = `Usage: npx tsx scripts/bench/generate.ts --relations N [--seed S]

  --relations N   how many relations, 1 to ${MAX_RELATIONS} (entities: N / 5)
  --seed S        the random seed (default 1); the same seed gives the same graph`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      relations: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true || values.relations === undefined) {
    console.log(USAGE);
    return values.help === true ? 0 : 1;
  }
  const started = performance.now();
  const dataset = await prepareDataset({ relations: Number(values.relations), seed: Number(values.seed) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${dataset.relations} relations, ${dataset.entities} entities, ${dataset.documents} documents ` +
      `(${(dataset.bytes / 1e6).toFixed(1)} MB) in ${seconds} s:`,
  );
  console.log(`  ${path.relative(process.cwd(), dataset.bundleFile)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
