/**
 * npx tsx scripts/bench/search-shapes.ts [-- options]
 *
 * The embedded store's name search in process, by the shape of what is typed: the index built from the
 * snapshot as the store builds it, each term searched `--reps` times in turn, p50/p99 per shape (whole
 * names, one word, a 3–5 letter prefix, a piece inside a word, a word with a typo; half lower-cased, as
 * the workload draws them). It also writes every answer (the ids, in order) to the workload's terms and
 * the drawn ones, so that a change to search can be checked against the answers before it:
 *
 *   --relations 500000   the generated graph (entities are a fifth of it)
 *   --reps 20            searches of each term
 *   --per-shape 200      terms drawn for each shape
 *   --answers FILE       write the answers here (JSON)
 *   --compare FILE       and compare them with the answers in FILE (written by an earlier run)
 *   --profile            instead of the timing table, each shape's hot spots (CPU profile, self time)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EntityNameIndex } from '../../graph/embedded/search-index';
import { readSnapshot } from '../../graph/embedded/snapshot';
import { SNAPSHOT_FILE } from '../../graph/embedded/embedded-store';
import { resolveSearch } from '../../graph/store-arguments';
import { collectGarbage } from './harness/child';
import { storeFor } from './harness/dataset-store';
import { hotSpots } from './harness/profile';
import { summarize } from './harness/stats';
import { prepareDataset, readWorkload } from './synthetic/dataset';
import { Random } from './synthetic/random';

const { values } = parseArgs({
  options: {
    relations: { type: 'string', default: '500000' },
    reps: { type: 'string', default: '20' },
    'per-shape': { type: 'string', default: '200' },
    answers: { type: 'string' },
    compare: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const reps = Number(values.reps);
const perShape = Number(values['per-shape']);
const LIMITS = [1, 8, 10] as const;

const SHAPES = {
  name: (name: string) => name,
  word: (_name: string, word: string) => word,
  prefix: (name: string, _word: string, random: Random) => name.slice(0, 3 + random.int(3)),
  inside: (_name: string, word: string) => word.slice(1, 1 + Math.max(3, word.length - 2)),
  typo: (_name: string, word: string, random: Random) => withTypo(word, random),
} as const;
type Shape = keyof typeof SHAPES;

/** A word of five letters or more with two neighbouring letters swapped or one letter changed. */
function withTypo(word: string, random: Random): string {
  const at = 1 + random.int(Math.max(1, word.length - 2));
  if (random.chance(0.5))
    return word.slice(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.slice(at + 1);
  const letter = word.charAt(at) === 'e' ? 'a' : 'e';
  return word.slice(0, at) + letter + word.slice(at + 1);
}

function drawTerms(names: readonly string[], shape: Shape, random: Random): string[] {
  const terms: string[] = [];
  while (terms.length < perShape) {
    const name = random.pick(names);
    const words = name.split(/\s+/).filter((w) => w.length > 0);
    const word = random.pick(words.length > 0 ? words : [name]);
    if (shape === 'typo' && word.length < 5) continue;
    const term = SHAPES[shape](name, word, random);
    if (term.trim() === '') continue;
    terms.push(random.chance(0.5) ? term.toLowerCase() : term);
  }
  return terms;
}

async function main(): Promise<void> {
  const dataset = await prepareDataset({ relations: Number(values.relations) });
  const workload = await readWorkload(dataset);
  const dataDir = await storeFor(dataset);
  const { state } = await readSnapshot(path.join(dataDir, SNAPSHOT_FILE));
  const { graph } = state;
  const index = new EntityNameIndex();
  const started = performance.now();
  index.sync(graph);
  console.log(`index built in ${(performance.now() - started).toFixed(0)} ms (${graph.order} entities)`);

  const names = graph.mapNodes((_id, entity) => entity.name);
  const random = new Random(13);
  const byShape = new Map<string, string[]>([['workload', workload.searchTerms]]);
  for (const shape of Object.keys(SHAPES) as Shape[]) byShape.set(shape, drawTerms(names, shape, random));
  const search = (term: string, limit: number) => index.search(graph, resolveSearch(term, { limit }));

  const answers: Record<string, string[]> = {};
  for (const terms of byShape.values()) {
    for (const term of terms) {
      for (const limit of LIMITS) answers[`${limit}\t${term}`] = search(term, limit).map((e) => e.id);
    }
  }
  if (values.answers !== undefined) {
    await writeFile(values.answers, `${JSON.stringify(answers)}\n`);
  }
  if (values.compare !== undefined) {
    const before = JSON.parse(await readFile(values.compare, 'utf8')) as Record<string, string[]>;
    const keys = Object.keys(answers);
    const differing = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(answers[key]));
    console.log(
      `answers compared with ${values.compare}: ${keys.length - differing.length} of ${keys.length} the same`,
    );
    for (const key of differing.slice(0, 20)) {
      console.log(
        `  ${JSON.stringify(key)}: before ${JSON.stringify(before[key])}, now ${JSON.stringify(answers[key])}`,
      );
    }
  }

  if (values.profile) {
    for (const [shape, terms] of byShape) {
      const spots = await hotSpots(async () => {
        for (let r = 0; r < reps; r += 1) for (const term of terms) search(term, 8);
      }, 14);
      console.log(`\n${shape}:`);
      for (const { frame, percent } of spots) console.log(`  ${percent.toFixed(1)}% ${frame}`);
    }
    return;
  }
  collectGarbage();
  const rows: string[] = [];
  for (const [shape, terms] of byShape) {
    const ms: number[] = [];
    for (let r = 0; r < reps; r += 1) {
      for (const term of terms) {
        const t0 = performance.now();
        search(term, 8);
        ms.push(performance.now() - t0);
      }
    }
    const s = summarize(ms);
    rows.push(
      `| ${shape} | ${terms.length} | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} | ${s.p99.toFixed(2)} | ${s.mean.toFixed(2)} |`,
    );
  }
  const load = (await readFile('/proc/loadavg', 'utf8').catch(() => '')).split(' ')[0] ?? '?';
  console.log(
    `\n${graph.order} entities, ${graph.size} relations, ${reps} searches of each term, load average ${load}`,
  );
  console.log(
    '| shape | terms | p50 ms | p95 ms | p99 ms | mean ms |\n| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) console.log(row);
}

await main();
