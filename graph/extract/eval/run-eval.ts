import path from 'node:path';
import { extract } from '../extract';
import type { KnownEntity } from '../draft';
import type { GoldArticle } from './gold';
import { readGoldSet, readSeedAsGold } from './gold';
import type { SetSummary } from './report';
import { summarise } from './report';
import type { ArticleScore } from './score';
import { scoreDraft } from './score';

export const EVAL_DIR = path.join('graph', 'data', 'eval');
export const SEED_BUNDLE = path.join('graph', 'data', 'bundles', 'cecot-bukele-clinton.json');

export interface EvalResult {
  summaries: SetSummary[];
  articles: ArticleScore[];
}

/**
 * Extracts every gold article with the rules extractor and scores it. Articles other than the seed are
 * linked against the seed graph's entities, as a second article about the story would be.
 */
export async function runEval(root: string): Promise<EvalResult> {
  const seed = await readSeedAsGold(path.join(root, SEED_BUNDLE), 'tuning');
  const known: KnownEntity[] = seed.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
  }));
  const knownIds = new Set(known.map((k) => k.id));
  const sets: [string, GoldArticle[]][] = [
    ['tuning', [seed, ...(await readGoldSet(path.join(root, EVAL_DIR, 'tuning'), 'tuning'))]],
    ['held-out', await readGoldSet(path.join(root, EVAL_DIR, 'held-out'), 'held-out')],
  ];
  const articles: ArticleScore[] = [];
  const summaries: SetSummary[] = [];
  for (const [set, golds] of sets) {
    const scores: ArticleScore[] = [];
    for (const gold of golds) {
      const draft = await extract(gold.document, gold.linksToSeed ? known : []);
      scores.push(scoreDraft(gold, draft, gold.linksToSeed ? knownIds : new Set()));
    }
    articles.push(...scores);
    summaries.push(summarise(set, scores));
  }
  return { summaries, articles };
}
