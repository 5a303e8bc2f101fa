import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../graph/extract/extract';
import { formatSummary } from '../graph/extract/eval/report';
import { EVAL_DIR, runEval } from '../graph/extract/eval/run-eval';

/**
 * `npm run eval:extract [-- --set tuning|held-out] [--articles]`: scores the rules extractor against the
 * gold files under graph/data/eval/ and prints precision and recall, then times a 1,000-word article
 * (median of 7 runs). A benchmark, not a test: it prints figures and exits 0.
 */
const TIMING_RUNS = 7;
const TIMED_WORDS = 1_000;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('Usage: npm run eval:extract [-- --set tuning|held-out] [--articles]');
    return;
  }
  const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
  const root = process.cwd();
  const result = await runEval(root);
  for (const summary of result.summaries) {
    if (only !== undefined && summary.set !== only) continue;
    console.log(formatSummary(summary).join('\n'));
    console.log('');
  }
  if (args.includes('--articles')) {
    for (const a of result.articles) {
      if (only !== undefined && a.set !== only) continue;
      console.log(
        `${path.relative(root, a.file)}: entities ${a.entities.correctPredicted}/${a.entities.predicted} right, ${a.entities.foundGold}/${a.entities.gold} found; relations ${a.relations.correctPredicted}/${a.relations.predicted} right, ${a.relations.foundGold}/${a.relations.gold} found`,
      );
    }
    console.log('');
  }
  console.log(await timeThousandWords(root));
}

/** A 1,000-word article made of the tuning texts, extracted TIMING_RUNS times: the median. */
async function timeThousandWords(root: string): Promise<string> {
  const files = ['cecot-deportations', 'broadcaster-fine', 'hospital-strike'].map((f) =>
    readFileSync(path.join(root, EVAL_DIR, 'tuning', `${f}.txt`), 'utf8'),
  );
  files.push(readFileSync(path.join(root, 'graph', 'data', 'documents', 'cecot-bukele-clinton.txt'), 'utf8'));
  let text = '';
  for (let i = 0; text.split(/\s+/u).length < TIMED_WORDS; i += 1) text += `${files[i % files.length]}\n`;
  const words = text.split(/\s+/u).filter(Boolean);
  text = `${words.slice(0, TIMED_WORDS).join(' ')}.`;
  const document = { id: 'timing', title: 'Timing', source: null, publishedAt: null, text };
  await extract(document, []);
  const times: number[] = [];
  for (let i = 0; i < TIMING_RUNS; i += 1) {
    const started = performance.now();
    await extract(document, []);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return `timing: a ${TIMED_WORDS}-word article in ${Math.round(median)} ms (median of ${TIMING_RUNS} runs, after one warm-up run)`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
