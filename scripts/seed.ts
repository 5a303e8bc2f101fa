/**
 * npm run seed [-- [--reset] [bundle.json ...]]
 *
 * Loads the curated bundles (default: every *.json in graph/data/bundles) into the configured store.
 * Every file is validated before anything is written. Exit codes: 0 done, 1 invalid data or arguments,
 * 2 configuration error, 3 store unavailable (including an embedded store that another process kept busy
 * writing for longer than the write lock waits; seeds and imports run at the same time take turns).
 */
import { isParseArgsError, runCli } from './cli';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listBundleFiles } from '../graph/bundle/bundle-files';
import { loadBundles } from '../graph/bundle/load-bundles';
import type { SeedResult } from '../graph/bundle/seed';
import { describeStoreLocation, seedStore } from '../graph/bundle/seed';
import { graphConfig } from '../graph/config';
import { createStore } from '../graph/create-store';
import { InvalidDataError } from '../graph/errors';
import type { TypeCount } from '../graph/model';

const USAGE = `Usage: npm run seed -- [--reset] [bundle.json ...]

Validates the bundle files (default: every *.json in graph/data/bundles) and upserts them into the
configured store: the embedded one in NEWSGRAPH_DATA_DIR (default ./.data), or Neo4j when NEO4J_URI is set.
Nothing is written unless every file is valid. Seeding twice gives the same result.

  --reset   empty the store first
  --help    show this text`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { reset: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  // Every setting resolved and checked first: a wrong one stops here, naming the variable.
  const config = graphConfig().store;
  const files = positionals.length > 0 ? positionals : await listBundleFiles();
  const batch = await loadBundles(files);
  const store = await createStore(config);
  try {
    const result = await seedStore(store, batch, { reset: values.reset });
    console.log(`Seeded ${describeStoreLocation(config)}${values.reset ? ' (emptied first)' : ''}`);
    console.log(`from ${files.map((f) => path.relative(process.cwd(), f) || f).join(', ')}`);
    printResult(result);
  } finally {
    await store.close();
  }
  return 0;
}

function printResult({ upserted, stats }: SeedResult): void {
  console.log(
    `Loaded ${upserted.documents} document(s), ${upserted.entities} entities, ${upserted.relations} relations.`,
  );
  console.log(
    `The store now holds ${stats.documentCount} document(s), ${stats.entityCount} entities, ${stats.relationCount} relations.`,
  );
  console.log(`  entity types:   ${formatCounts(stats.entityTypes)}`);
  console.log(`  relation types: ${formatCounts(stats.relationTypes)}`);
}

function formatCounts(counts: readonly TypeCount[]): string {
  return counts.length === 0 ? '(none)' : counts.map((c) => `${c.type} ${c.count}`).join(', ');
}

runCli(main, (error, message) => {
  if (error instanceof InvalidDataError) return `${message}\nNothing was written.`;
  return isParseArgsError(error) ? `${message}\n\n${USAGE}` : message;
});
