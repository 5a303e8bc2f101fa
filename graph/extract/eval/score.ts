import type { Draft } from '../draft';
import { exactForm } from '../normalise-name';
import { splitSentences } from '../../text/sentences';
import type { GoldArticle } from './gold';

/** Hits over totals: precision is hits / predicted, recall is hits / gold. */
export interface Counts {
  predicted: number;
  gold: number;
  /** Predictions that are right. */
  correctPredicted: number;
  /** Gold items found. */
  foundGold: number;
}

export interface ArticleScore {
  set: string;
  file: string;
  entities: Counts;
  relations: Counts;
  relationsByType: Map<string, Counts>;
  saidRecall: { gold: number; found: number };
  evidence: { total: number; exact: number };
  links: { expected: number; correct: number; wrong: number };
}

export const emptyCounts = (): Counts => ({ predicted: 0, gold: 0, correctPredicted: 0, foundGold: 0 });

/**
 * Scores one draft against one gold article. Entities match when a name or alias of one equals a name or
 * alias of the other (case and a leading "the" aside) and, to count, the types agree. Relations are scored
 * as (source, target, sentence) triples, any type, the ends mapped through the entity matching; by type,
 * the type must agree too. Who-said-it: the gold SAID relations' speaker and sentence found among the
 * predicted SAID relations.
 */
export function scoreDraft(gold: GoldArticle, draft: Draft, knownIds: ReadonlySet<string>): ArticleScore {
  const goldOf = matchEntities(gold, draft);
  const typedGold = new Set<string>();
  let correctEntities = 0;
  for (const e of draft.entities) {
    const g = goldOf.get(e.id);
    if (g !== undefined && g.type === e.type) {
      correctEntities += 1;
      typedGold.add(g.id);
    }
  }
  const entities: Counts = {
    predicted: draft.entities.length,
    gold: gold.entities.length,
    correctPredicted: correctEntities,
    foundGold: typedGold.size,
  };

  const sentences = splitSentences(gold.document.text);
  const sentenceOf = (start: number) => sentences.findIndex((s) => s.start === start);
  const predicted = draft.relations.flatMap((r) =>
    r.evidence.map((e) => ({
      type: r.type,
      source: goldOf.get(r.source)?.id ?? `?${r.source}`,
      target: goldOf.get(r.target)?.id ?? `?${r.target}`,
      sentence: sentenceOf(e.start),
    })),
  );
  const triple = (r: { source: string; target: string; sentence: number }) =>
    `${r.source}|${r.target}|${r.sentence}`;
  const goldTriples = new Set(gold.relations.map(triple));
  const predTriples = new Set(predicted.map(triple));
  const relations: Counts = {
    predicted: predTriples.size,
    gold: goldTriples.size,
    correctPredicted: [...predTriples].filter((t) => goldTriples.has(t)).length,
    foundGold: [...goldTriples].filter((t) => predTriples.has(t)).length,
  };

  const relationsByType = new Map<string, Counts>();
  const typed = (r: { type: string } & Parameters<typeof triple>[0]) => `${r.type}|${triple(r)}`;
  const goldTyped = new Set(gold.relations.map(typed));
  const predTyped = new Set(predicted.map(typed));
  const countsFor = (type: string) => {
    const c = relationsByType.get(type) ?? emptyCounts();
    relationsByType.set(type, c);
    return c;
  };
  for (const key of goldTyped) {
    const c = countsFor(key.split('|')[0] as string);
    c.gold += 1;
    if (predTyped.has(key)) c.foundGold += 1;
  }
  for (const key of predTyped) {
    const c = countsFor(key.split('|')[0] as string);
    c.predicted += 1;
    if (goldTyped.has(key)) c.correctPredicted += 1;
  }

  const speakers = (rs: readonly { type: string; source: string; sentence: number }[]) =>
    new Set(rs.filter((r) => r.type === 'SAID').map((r) => `${r.source}|${r.sentence}`));
  const goldSaid = speakers(gold.relations);
  const predSaid = speakers(predicted);

  return {
    set: gold.set,
    file: gold.file,
    entities,
    relations,
    relationsByType,
    saidRecall: { gold: goldSaid.size, found: [...goldSaid].filter((s) => predSaid.has(s)).length },
    evidence: evidenceExactness(gold, draft),
    links: linkScore(gold, draft, goldOf, knownIds),
  };
}

/** Predicted entity id → the gold entity it is, one to one, in draft order. */
function matchEntities(gold: GoldArticle, draft: Draft): Map<string, GoldArticle['entities'][number]> {
  const formsOf = (e: { name: string; aliases: readonly string[] }) =>
    new Set([e.name, ...e.aliases].map(exactForm));
  const taken = new Set<string>();
  const result = new Map<string, GoldArticle['entities'][number]>();
  for (const e of draft.entities) {
    const mine = formsOf(e);
    const candidates = gold.entities.filter(
      (g) => !taken.has(g.id) && [...formsOf(g)].some((f) => mine.has(f)),
    );
    const g = candidates.find((c) => c.type === e.type) ?? candidates[0];
    if (g === undefined) continue;
    taken.add(g.id);
    result.set(e.id, g);
  }
  return result;
}

/** Every evidence and mention quotes a sentence of our segmentation exactly; every span its words. */
function evidenceExactness(gold: GoldArticle, draft: Draft): { total: number; exact: number } {
  const text = gold.document.text;
  const sentences = new Set(splitSentences(text).map((s) => `${s.start}:${s.end}:${s.text}`));
  let total = 0;
  let exact = 0;
  const check = (ok: boolean) => {
    total += 1;
    if (ok) exact += 1;
  };
  const evidence = [
    ...draft.relations.flatMap((r) => r.evidence),
    ...draft.entities.flatMap((e) => e.mentions),
  ];
  for (const e of evidence)
    check(text.slice(e.start, e.end) === e.sentence && sentences.has(`${e.start}:${e.end}:${e.sentence}`));
  for (const s of draft.entities.flatMap((e) => e.spans)) check(text.slice(s.start, s.end) === s.text);
  return { total, exact };
}

function linkScore(
  gold: GoldArticle,
  draft: Draft,
  goldOf: ReadonlyMap<string, GoldArticle['entities'][number]>,
  knownIds: ReadonlySet<string>,
): ArticleScore['links'] {
  const expected = gold.entities.filter((g) => knownIds.has(g.id));
  let correct = 0;
  let wrong = 0;
  for (const e of draft.entities) {
    const g = goldOf.get(e.id);
    if (e.existing === true && (g === undefined || g.id !== e.id)) wrong += 1;
    if (e.existing === true && g !== undefined && g.id === e.id && knownIds.has(g.id)) correct += 1;
  }
  return { expected: expected.length, correct, wrong };
}
