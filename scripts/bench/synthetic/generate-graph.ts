import type { Document, Entity, Evidence, GraphBatch, Relation } from '../../../graph/model';
import { ArticleWriter } from './article-writer';
import { ENTITY_KINDS } from './entity-kinds';
import { Random } from './random';
import type { RelationKind } from './relation-kinds';
import { followUp, RELATION_KINDS } from './relation-kinds';
import { TOPICS } from './vocabulary';

/** What to generate. Only `relations` is required; the rest have defaults that look like a newsroom's graph. */
export interface GenerateOptions {
  /** How many relations (1 to MAX_RELATIONS). */
  relations: number;
  /** How many entities; default relations / 5 (at least 2). */
  entities?: number;
  /** The random seed: the same options give the same graph, byte for byte. Default 1. */
  seed?: number;
  /** Average sentences per article; default 20. */
  sentencesPerDocument?: number;
}

export const MAX_RELATIONS = 5_000_000;

/** How concentrated relations are on a few hub entities (see Random.skewedIndex). */
const HUB_SKEW = 2.5;
/** Share of relations stated in two sentences rather than one. */
const SECOND_EVIDENCE = 0.1;
/** Share of sentences that support nothing, as real articles have. */
const FILLER = 0.05;
/** Entities keep at most this many mentions; hubs would otherwise carry thousands. */
const MAX_MENTIONS = 3;

const FILLERS = [
  'The claims could not be independently verified.',
  'The dispute has drawn attention well beyond the region.',
  'Officials are expected to address the matter next week.',
  'Several documents reviewed by reporters support the account.',
];

/**
 * Public: a synthetic news graph that passes the model's validation: entities with realistic names, types,
 * aliases and descriptions; relations whose ends are chosen with a heavy tail (a few hubs, a long tail of
 * rarely named entities); and articles whose text contains every evidence sentence at the recorded offsets.
 * Seeded, so a benchmark run can be repeated exactly.
 */
export function generateGraph(options: GenerateOptions): GraphBatch {
  const relationCount = checkedCount(options.relations, 'relations', 1, MAX_RELATIONS);
  const entityCount = checkedCount(
    options.entities ?? Math.max(2, Math.round(relationCount / 5)),
    'entities',
    2,
    MAX_RELATIONS,
  );
  const perDocument = checkedCount(options.sentencesPerDocument ?? 20, 'sentencesPerDocument', 1, 10_000);
  const random = new Random(options.seed ?? 1);

  const entities = makeEntities(entityCount, random);
  const pools = poolsByType(entities);
  const kinds = RELATION_KINDS.filter((k) => available(k.sources, pools) && available(k.targets, pools));
  const outlets = pools.get('MediaOrganization') ?? [];

  const documents: Document[] = [];
  const relations: Relation[] = [];
  let article = newArticle(1, perDocument, random);
  let articleSize = sentencesFor(perDocument, random);
  let title: string | undefined;

  const finishArticle = () => {
    const outlet = outlets.length > 0 ? random.pick(outlets) : undefined;
    documents.push(
      article.finish({
        title: title ?? 'Untitled',
        source: outlet?.name ?? null,
        publishedAt: randomDate(random),
      }),
    );
  };

  for (let i = 0; i < relationCount; i++) {
    if (article.sentences >= articleSize) {
      finishArticle();
      article = newArticle(documents.length + 1, perDocument, random);
      articleSize = sentencesFor(perDocument, random);
      title = undefined;
    }
    if (random.chance(FILLER)) article.add(random.pick(FILLERS));

    const { kind, source, target } = pickEnds(kinds, pools, random);
    const stated = kind.write(source.name, target.name, random);
    const evidence: Evidence[] = [article.add(stated.sentence)];
    if (random.chance(SECOND_EVIDENCE)) evidence.push(article.add(followUp(source.name, random)));
    title ??= `${capitalize(random.pick(TOPICS))}: ${source.name} and ${target.name}`;

    relations.push({
      id: `${kind.type.toLowerCase().replaceAll('_', '-')}-${i + 1}`,
      type: kind.type,
      source: source.id,
      target: target.id,
      statement: stated.statement,
      role: stated.role,
      evidence,
    });
    mention(source, evidence);
    mention(target, evidence.slice(0, 1));
  }
  finishArticle();
  return { documents, entities, relations };
}

function checkedCount(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `generateGraph: ${name} must be a whole number from ${min} to ${max}, got ${value}.`,
    );
  }
  return value;
}

function makeEntities(count: number, random: Random): Entity[] {
  const taken = new Set<string>();
  const next = new Map<string, number>();
  const weights = ENTITY_KINDS.map((kind) => [kind, kind.weight] as const);
  const entities: Entity[] = [];
  for (let i = 0; i < count; i++) {
    // Two people first, then one of every kind: even a tiny graph has every kind and at least one relation
    // that can be drawn (person to person).
    const kind =
      i < 2 ? ENTITY_KINDS[0] : i < ENTITY_KINDS.length + 1 ? ENTITY_KINDS[i - 1] : random.weighted(weights);
    if (kind === undefined) throw new Error('generateGraph: ENTITY_KINDS is empty.');
    const name = kind.name(random);
    entities.push({
      id: uniqueId(slugify(name), taken, next),
      name,
      type: kind.type,
      aliases: kind.aliases(name, random).filter((alias) => alias !== name),
      description: kind.description(name, random),
      mentions: [],
    });
  }
  return entities;
}

function poolsByType(entities: readonly Entity[]): Map<string, Entity[]> {
  const pools = new Map<string, Entity[]>();
  for (const entity of entities) {
    const pool = pools.get(entity.type);
    if (pool === undefined) pools.set(entity.type, [entity]);
    else pool.push(entity);
  }
  return pools;
}

function available(types: readonly string[], pools: ReadonlyMap<string, Entity[]>): boolean {
  return types.some((type) => (pools.get(type)?.length ?? 0) > 0);
}

/** A kind of relation and two distinct entities that may stand at its ends. */
function pickEnds(
  kinds: readonly RelationKind[],
  pools: ReadonlyMap<string, Entity[]>,
  random: Random,
): { kind: RelationKind; source: Entity; target: Entity } {
  const weighted = kinds.map((kind) => [kind, kind.weight] as const);
  for (let attempt = 0; attempt < 100; attempt++) {
    const kind = random.weighted(weighted);
    const source = pickEntity(kind.sources, pools, random);
    const target = pickEntity(kind.targets, pools, random);
    if (source !== target) return { kind, source, target };
  }
  // Only reachable when every kind's ends are one and the same entity, which makeEntities rules out.
  throw new Error('generateGraph: could not find two distinct entities to relate.');
}

/** An entity of one of `types`: a type in proportion to how many entities it has, then a hub more often than not. */
function pickEntity(types: readonly string[], pools: ReadonlyMap<string, Entity[]>, random: Random): Entity {
  const candidates = types.flatMap((type) => {
    const pool = pools.get(type);
    return pool === undefined || pool.length === 0 ? [] : [[pool, pool.length] as const];
  });
  const pool = random.weighted(candidates);
  const entity = pool[random.skewedIndex(pool.length, HUB_SKEW)];
  if (entity === undefined) throw new Error('generateGraph: empty entity pool.');
  return entity;
}

function mention(entity: Entity, evidence: readonly Evidence[]): void {
  for (const e of evidence) {
    if (entity.mentions.length >= MAX_MENTIONS) return;
    entity.mentions.push({ ...e });
  }
}

function newArticle(n: number, perDocument: number, random: Random): ArticleWriter {
  return new ArticleWriter(`article-${n}`, Math.max(1, Math.min(perDocument, 3 + random.int(3))));
}

/** An article's length: the average give or take half. */
function sentencesFor(perDocument: number, random: Random): number {
  const spread = Math.floor(perDocument / 2);
  return Math.max(1, perDocument - spread + random.int(2 * spread + 1));
}

/** A day from 2019 to 2025 as an ISO date. */
function randomDate(random: Random): string {
  const day = new Date(Date.UTC(2019, 0, 1) + random.int(7 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A lowercase slug of a name, as the model wants ids ("José Müller" → "jose-muller"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug === '' ? 'entity' : slug;
}

/** `base`, or `base-2`, `base-3`, … when the name was already taken: two people can share a name. */
function uniqueId(base: string, taken: Set<string>, next: Map<string, number>): string {
  let n = next.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  // "anna-li-2" may also be the slug of another name, so a candidate is checked against every id given out.
  while (taken.has(id)) {
    n += 1;
    id = `${base}-${n}`;
  }
  next.set(base, n + 1);
  taken.add(id);
  return id;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
