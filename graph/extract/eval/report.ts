import type { ArticleScore, Counts } from './score';
import { emptyCounts } from './score';

export interface SetSummary {
  set: string;
  articles: number;
  entities: Counts;
  relations: Counts;
  relationsByType: Map<string, Counts>;
  said: { gold: number; found: number };
  evidence: { total: number; exact: number };
  links: { expected: number; correct: number; wrong: number };
}

function add(into: Counts, c: Counts): void {
  into.predicted += c.predicted;
  into.gold += c.gold;
  into.correctPredicted += c.correctPredicted;
  into.foundGold += c.foundGold;
}

/** Sums article scores: micro-averaged, every item of every article counts once. */
export function summarise(set: string, scores: readonly ArticleScore[]): SetSummary {
  const summary: SetSummary = {
    set,
    articles: scores.length,
    entities: emptyCounts(),
    relations: emptyCounts(),
    relationsByType: new Map(),
    said: { gold: 0, found: 0 },
    evidence: { total: 0, exact: 0 },
    links: { expected: 0, correct: 0, wrong: 0 },
  };
  for (const s of scores) {
    add(summary.entities, s.entities);
    add(summary.relations, s.relations);
    for (const [type, c] of s.relationsByType) {
      const into = summary.relationsByType.get(type) ?? emptyCounts();
      add(into, c);
      summary.relationsByType.set(type, into);
    }
    summary.said.gold += s.saidRecall.gold;
    summary.said.found += s.saidRecall.found;
    summary.evidence.total += s.evidence.total;
    summary.evidence.exact += s.evidence.exact;
    summary.links.expected += s.links.expected;
    summary.links.correct += s.links.correct;
    summary.links.wrong += s.links.wrong;
  }
  return summary;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${Math.round((100 * n) / d)} %`);
export const precision = (c: Counts) => pct(c.correctPredicted, c.predicted);
export const recall = (c: Counts) => pct(c.foundGold, c.gold);

/** The figures of one set as lines of text (what `npm run eval:extract` prints). */
export function formatSummary(s: SetSummary): string[] {
  const lines = [
    `${s.set} (${s.articles} articles)`,
    `  entities (with type)           P ${precision(s.entities)}  R ${recall(s.entities)}   (${s.entities.correctPredicted}/${s.entities.predicted} predicted right, ${s.entities.foundGold}/${s.entities.gold} gold found)`,
    `  relations (ends + sentence)    P ${precision(s.relations)}  R ${recall(s.relations)}   (${s.relations.correctPredicted}/${s.relations.predicted}, ${s.relations.foundGold}/${s.relations.gold})`,
    `  who said it (SAID speaker)     R ${pct(s.said.found, s.said.gold)}   (${s.said.found}/${s.said.gold})`,
    `  evidence exact                 ${pct(s.evidence.exact, s.evidence.total)}   (${s.evidence.exact}/${s.evidence.total})`,
    `  links to existing entities     ${s.links.correct}/${s.links.expected} right, ${s.links.wrong} wrong`,
    '  relations by type (type + ends + sentence):',
  ];
  const types = [...s.relationsByType.entries()].sort(([a], [b]) => a.localeCompare(b));
  for (const [type, c] of types) {
    lines.push(
      `    ${type.padEnd(16)} P ${precision(c).padStart(5)}  R ${recall(c).padStart(5)}   (${c.correctPredicted}/${c.predicted}, ${c.foundGold}/${c.gold})`,
    );
  }
  return lines;
}
