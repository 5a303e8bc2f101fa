import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldSet, readSeedAsGold } from './gold';
import { EVAL_DIR, SEED_BUNDLE } from './run-eval';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('the extraction gold set', () => {
  it.each(['tuning', 'held-out'])(
    '%s: every file parses and names one sentence per relation',
    async (set) => {
      const articles = await readGoldSet(path.join(ROOT, EVAL_DIR, set), set);
      expect(articles.length).toBeGreaterThanOrEqual(set === 'tuning' ? 3 : 4);
      for (const a of articles) {
        expect(a.relations.length, a.file).toBeGreaterThan(0);
        expect(new Set(a.entities.map((e) => e.id)).size, a.file).toBe(a.entities.length);
      }
    },
  );

  it('reads the seed bundle as a gold article, every relation on a sentence of our splitter', async () => {
    const seed = await readSeedAsGold(path.join(ROOT, SEED_BUNDLE), 'tuning');
    expect(seed.relations.length).toBeGreaterThan(30);
    expect(seed.relations.every((r) => r.sentence >= 0)).toBe(true);
  });
});
