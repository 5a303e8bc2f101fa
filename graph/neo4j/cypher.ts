import type { Integer } from 'neo4j-driver';
import { assertRelationType } from '../identifiers';
import { LIMITS } from '../limits';
import type { Hops } from '../store-arguments';
import { neighborhoodHops, pathHops } from '../store-arguments';

/**
 * Every Cypher statement the Neo4j adapter sends, and nothing else. `cypher.test.ts` runs each one through
 * Neo4j's own parser and semantic analysis, so a typo here fails the ordinary test run.
 *
 * The data model (Neo4j 5.26 LTS or later: dynamic relationship types in MERGE and `ANY SHORTEST` need it):
 *
 *   (:Entity {id, name, type, aliases, description,
 *             mentionDocumentIds, mentionStarts, mentionEnds, mentionSentences})
 *   (:Entity)-[:<TYPE> {id, statement, role,
 *             evidenceDocumentIds, evidenceStarts, evidenceEnds, evidenceSentences}]->(:Entity)
 *   (:Document {id, title, source, publishedAt: DATE, text})
 *
 * - Relations are typed relationships (`:SAID`, `:CRITICIZED`, ...), what a Neo4j Browser user expects.
 *   Reads filter on `type(r) IN $types`, so no type name is spliced into a read. Two statements take a
 *   type name, only after it passes the allowlist: the schema command `relationIdConstraint`, which
 *   cannot take one any other way, and `upsertRelationsStatement`, one per type, because a MERGE with a
 *   dynamic type (`MERGE ()-[:$(row.type)]->()`) is planned on 5.26 as a scan of every relationship for
 *   each row (an import of n relations costs n²/2 relationship reads: 117 relations/s at 10k), while a
 *   MERGE on a named type seeks its id in that type's uniqueness index.
 * - The entity type is a property, not a second label: a type named `Entity` or `Document` would collide
 *   with our own labels, and changing a type would need label surgery. Filters use `e.type IN $types`.
 * - Evidence cannot be a nested map in a Neo4j property, so it is stored as four parallel arrays (one
 *   element per piece of evidence), which stay queryable from Cypher; `mapping.ts` zips them back.
 * - Search runs on two full-text indexes (names and aliases; document text), see search-cypher.ts.
 * - Relationships only ever join two entities, so `COUNT { (n)--() }` is an entity's degree (and Neo4j
 *   answers it from the node's degree counters without expanding anything).
 * - Ids are unique per label (constraints below) and per relation type (a constraint per type, created
 *   when the type is first written; Neo4j 5 cannot express one constraint across all types).
 * - LIMIT, SKIP and slice bounds are Integers (`neo4j.int`), never JS numbers, which the driver sends as floats.
 */

/** Values a statement's parameters may take. */
export type Params = Record<string, unknown>;

/** A Cypher statement whose type carries the parameters it takes, so a call with the wrong ones fails to compile. */
export interface Statement<P extends Params> {
  readonly text: string;
  /** Never set at run time: it only carries `P` for the compiler. */
  readonly parameters?: P;
}

/** Public to the adapter's statement modules (`cypher.ts` and its siblings, such as `draft-cypher.ts`). */
export function statement<P extends Params>(text: string): Statement<P> {
  return { text: text.trim() };
}

export type NoParams = Record<string, never>;
type Ids = readonly string[];
/** A type filter: null means "every type" (`$types IS NULL OR ...`); an empty list matches nothing. */
type TypeFilter = readonly string[] | null;

/** The properties of an `:Entity` node, as written and as read back (`mapping.ts` parses exactly these). */
export const ENTITY_PROPERTIES = [
  'id',
  'name',
  'type',
  'aliases',
  'description',
  'mentionDocumentIds',
  'mentionStarts',
  'mentionEnds',
  'mentionSentences',
] as const;

/** The properties of a relation's relationship; its type and ends are the relationship's own. */
export const RELATION_PROPERTIES = [
  'id',
  'statement',
  'role',
  'evidenceDocumentIds',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceSentences',
] as const;

// Projections shared by several statements. They are built from the constants above, never from input.
export const ENTITY_FIELDS = ENTITY_PROPERTIES.map((p) => `.${p}`).join(', ');
export const RELATION_MAP = `r { ${RELATION_PROPERTIES.map((p) => `.${p}`).join(', ')}, type: type(r), source: startNode(r).id, target: endNode(r).id }`;
export const DOCUMENT_MAP = 'd { .id, .title, .source, publishedAt: toString(d.publishedAt), .text }';
/** The relations among the entity nodes in the list `kept`, by id (both ends in the list, one row each). */
const EDGES_AMONG_KEPT = `COLLECT {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  WITH r ORDER BY r.id
  RETURN ${RELATION_MAP} AS relation
}`;

// ---------------------------------------------------------------------------------------------- schema

export const ENTITY_ID_CONSTRAINT = statement<NoParams>(`
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE
`);

export const DOCUMENT_ID_CONSTRAINT = statement<NoParams>(`
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE
`);

/**
 * Relationship ids unique within one relation type (Neo4j 5.7+, Community included). A schema command
 * cannot take its type as a parameter, so the name is spliced in, and only after passing the allowlist.
 */
export function relationIdConstraint(type: string): Statement<NoParams> {
  const checked = assertRelationType(type, 'Neo4j relationIdConstraint');
  return statement(`
CREATE CONSTRAINT relation_${checked.toLowerCase()}_id IF NOT EXISTS
FOR ()-[r:${checked}]-() REQUIRE r.id IS UNIQUE
`);
}

// ----------------------------------------------------------------------------------------------- reads

export const PING = statement<NoParams>('RETURN 1 AS ok');

/** The ids in `$ids` that name no entity. */
export const MISSING_ENTITY_IDS = statement<{ ids: Ids }>(`
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e
WHERE e IS NULL
RETURN collect(id) AS missing
`);

export const GET_ENTITIES = statement<{ ids: Ids }>(`
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e { ${ENTITY_FIELDS}, degree: COUNT { (e)--() } } AS entity
`);

/** No row when the entity does not exist; otherwise one row holding its (possibly empty) relations. */
export const RELATIONS_OF = statement<{
  id: string;
  types: TypeFilter;
  direction: 'OUT' | 'IN' | 'BOTH';
  limit: Integer;
}>(`
MATCH (e:Entity {id: $id})
RETURN COLLECT {
  MATCH (e)-[r]-()
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH'
      OR ($direction = 'OUT' AND startNode(r) = e)
      OR ($direction = 'IN' AND endNode(r) = e))
  WITH DISTINCT r
  ORDER BY type(r), r.id
  LIMIT $limit
  RETURN ${RELATION_MAP} AS relation
} AS relations
`);

/**
 * The entities within `depth` hops of the seeds (spliced in: checked by the store port, see `Hops`), nearest first (then by degree, then id), at most `$limit`
 * of them, and the relations among those. One BFS per seed (`ANY SHORTEST`, lower bound 0 so the seed
 * itself comes out at distance 0); an entity's distance is the smallest over all seeds. Only entities of
 * `$entityTypes` are entered, except seeds; only relations of `$relationTypes` are followed and returned.
 * Fetching `$limit + 1` tells whether the limit cut without collecting everything reachable.
 * `missing` lists the ids in `$ids` that name no entity (in their order), found by the same index seeks that
 * find the seeds, so the existence check costs no statement of its own; when it is not empty nothing is
 * expanded and `nodes` and `edges` are empty.
 */
export function neighborhoodStatement(depth: Hops): Statement<{
  ids: Ids;
  relationTypes: TypeFilter;
  entityTypes: TypeFilter;
  limit: Integer;
}> {
  return statement(`
UNWIND $ids AS id
OPTIONAL MATCH (seed:Entity {id: id})
WITH collect(seed) AS seeds, collect(CASE WHEN seed IS NULL THEN id END) AS missing
CALL (seeds, missing) {
  UNWIND CASE WHEN size(missing) = 0 THEN seeds ELSE [] END AS seed
  MATCH path = ANY SHORTEST (seed)(()-[hop]-(x:Entity)
      WHERE ($relationTypes IS NULL OR type(hop) IN $relationTypes)
        AND ($entityTypes IS NULL OR x.type IN $entityTypes OR x.id IN $ids)
    ){0,${depth}}(n:Entity)
  WITH n, min(length(path)) AS distance
  WITH n, distance, COUNT { (n)--() } AS degree
  ORDER BY distance, degree DESC, n.id
  LIMIT $limit + 1
  WITH collect(n) AS ranked, collect(n { ${ENTITY_FIELDS}, degree: degree }) AS entities
  WITH ranked[0..$limit] AS kept, entities[0..$limit] AS nodes, size(ranked) > $limit AS truncated
  RETURN nodes, ${EDGES_AMONG_KEPT} AS edges, truncated
}
RETURN missing, nodes, edges, truncated
`);
}

/**
 * One shortest path (relations followed both ways, only `$relationTypes` when given) of at most `maxDepth`
 * hops. Lower bound 0, so a path from an entity to itself is that entity. With `$entityTypes`, every entity
 * the path enters must be of one of those types, except its far end (`$to`); the near end is never entered,
 * so both ends are allowed whatever their type. Always one row: whether each end exists (the existence
 * check rides on the same index seeks that find the ends), and `paths`, empty when there is no path (or an
 * end is missing) and otherwise the one path's `{nodes, edges}`.
 */
export function shortestPathStatement(maxDepth: Hops): Statement<{
  from: string;
  to: string;
  relationTypes: TypeFilter;
  entityTypes: TypeFilter;
}> {
  return statement(`
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
RETURN
  a IS NOT NULL AS fromFound,
  b IS NOT NULL AS toFound,
  COLLECT {
    MATCH path = ANY SHORTEST (a)(()-[hop]-(x:Entity)
        WHERE ($relationTypes IS NULL OR type(hop) IN $relationTypes)
          AND ($entityTypes IS NULL OR x.type IN $entityTypes OR x.id = $to)
      ){0,${maxDepth}}(b)
    WHERE a IS NOT NULL AND b IS NOT NULL
    RETURN {
      nodes: [n IN nodes(path) | n { ${ENTITY_FIELDS}, degree: COUNT { (n)--() } }],
      edges: [r IN relationships(path) | ${RELATION_MAP}]
    } AS found
  } AS paths
`);
}

/** The entities named by `$ids` that exist, and every relation between two of them. */
export const SUBGRAPH = statement<{ ids: Ids; relationTypes: null }>(`
MATCH (e:Entity)
WHERE e.id IN $ids
WITH collect(e) AS kept
RETURN [n IN kept | n { ${ENTITY_FIELDS}, degree: COUNT { (n)--() } }] AS nodes, ${EDGES_AMONG_KEPT} AS edges
`);

/** The `$limit` entities of highest degree (ties by name, then id) and the relations among them. */
export const OVERVIEW = statement<{ limit: Integer; relationTypes: null }>(`
MATCH (e:Entity)
WITH e, COUNT { (e)--() } AS degree
ORDER BY degree DESC, e.name, e.id
LIMIT $limit + 1
WITH collect(e) AS ranked, collect(e { ${ENTITY_FIELDS}, degree: degree }) AS entities
WITH ranked[0..$limit] AS kept, entities[0..$limit] AS nodes, size(ranked) > $limit AS truncated
RETURN nodes, ${EDGES_AMONG_KEPT} AS edges, truncated
`);

export const STATS = statement<NoParams>(`
RETURN
  COUNT { MATCH (:Entity) } AS entityCount,
  COUNT { MATCH (:Entity)-[]->() } AS relationCount,
  COUNT { MATCH (:Document) } AS documentCount,
  COLLECT {
    MATCH (e:Entity)
    WITH e.type AS typeName, count(*) AS total
    ORDER BY total DESC, typeName
    RETURN {type: typeName, count: total} AS typeCount
  } AS entityTypes,
  COLLECT {
    MATCH (:Entity)-[r]->()
    WITH type(r) AS typeName, count(*) AS total
    ORDER BY total DESC, typeName
    RETURN {type: typeName, count: total} AS typeCount
  } AS relationTypes
`);

/** Documents by id, or all of them when `$ids` is null; ordered by id. */
export const DOCUMENTS = statement<{ ids: Ids | null }>(`
MATCH (d:Document)
WHERE $ids IS NULL OR d.id IN $ids
RETURN ${DOCUMENT_MAP} AS document
ORDER BY document.id
`);

/**
 * For each document in `$ids` that exists (one row each, by id): the entities with a mention in it and the
 * relations with evidence in it, each by id. Membership in the parallel id arrays (see the data model
 * above) has no index, so each document scans the entities and relationships once.
 */
export const DOCUMENT_LINKS = statement<{ ids: Ids }>(`
MATCH (d:Document)
WHERE d.id IN $ids
WITH d ORDER BY d.id
RETURN
  d.id AS documentId,
  COLLECT {
    MATCH (e:Entity)
    WHERE d.id IN e.mentionDocumentIds
    WITH e ORDER BY e.id
    RETURN e { ${ENTITY_FIELDS}, degree: COUNT { (e)--() } } AS entity
  } AS entities,
  COLLECT {
    MATCH (:Entity)-[r]->(:Entity)
    WHERE d.id IN r.evidenceDocumentIds
    WITH r ORDER BY r.id
    RETURN ${RELATION_MAP} AS relation
  } AS relations
`);

/**
 * Everything of ours, in one row of three lists, each ordered by id (for `readAll`: `--all` exports and
 * backups). Only relationships between two entities are ours; other data in the same database is left out.
 */
export const READ_ALL = statement<NoParams>(`
RETURN
  COLLECT {
    MATCH (d:Document)
    WITH d ORDER BY d.id
    RETURN ${DOCUMENT_MAP} AS document
  } AS documents,
  COLLECT {
    MATCH (e:Entity)
    WITH e ORDER BY e.id
    RETURN e { ${ENTITY_FIELDS} } AS entity
  } AS entities,
  COLLECT {
    MATCH (:Entity)-[r]->(:Entity)
    WITH r ORDER BY r.id
    RETURN ${RELATION_MAP} AS relation
  } AS relations
`);

// ---------------------------------------------------------------------------------------------- writes

/** Rows are built by `mapping.ts`; every property is set, so an upsert replaces an item's fields wholesale. */
export const UPSERT_DOCUMENTS = statement<{ documents: readonly Params[] }>(`
UNWIND $documents AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title,
    d.source = row.source,
    d.publishedAt = date(row.publishedAt),
    d.text = row.text
RETURN count(*) AS written
`);

export const UPSERT_ENTITIES = statement<{ entities: readonly Params[] }>(`
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
SET e.name = row.name,
    e.type = row.type,
    e.aliases = row.aliases,
    e.description = row.description,
    e.mentionDocumentIds = row.mentionDocumentIds,
    e.mentionStarts = row.mentionStarts,
    e.mentionEnds = row.mentionEnds,
    e.mentionSentences = row.mentionSentences
RETURN count(*) AS written
`);

/**
 * Deletes the relationships that carry an id of the batch but now sit elsewhere: another type, source or
 * target (a relationship cannot be moved or retyped in place). `$placements` maps id → {type, source,
 * target}. Relationship properties have no index across types, so this scans the relationships once.
 */
export const DELETE_MOVED_RELATIONS = statement<{
  ids: Ids;
  placements: Readonly<Record<string, { type: string; source: string; target: string }>>;
}>(`
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.id IN $ids
WITH r, s, t, $placements[r.id] AS wanted
WHERE wanted.type <> type(r) OR wanted.source <> s.id OR wanted.target <> t.id
DELETE r
`);

/**
 * The relations of one type (rows built by `mapping.ts`). Both ends must exist (checked first in the same
 * transaction); `written` below the row count means they did not. The type is spliced in after the
 * allowlist check (see the data model above for why it is not `$(row.type)`): the MERGE then finds an
 * existing relation through the type's uniqueness index on `id` (`relationIdConstraint`, which the store
 * creates before the first write of a type) and locks both ends, as any MERGE does.
 */
export function upsertRelationsStatement(type: string): Statement<{ relations: readonly Params[] }> {
  const checked = assertRelationType(type, 'Neo4j upsertRelationsStatement');
  return statement(`
UNWIND $relations AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:${checked} {id: row.id}]->(t)
SET r.statement = row.statement,
    r.role = row.role,
    r.evidenceDocumentIds = row.evidenceDocumentIds,
    r.evidenceStarts = row.evidenceStarts,
    r.evidenceEnds = row.evidenceEnds,
    r.evidenceSentences = row.evidenceSentences
RETURN count(*) AS written
`);
}

/** Removes our data (and the audit trail with it) only: accounts and other labels are left alone. */
export const CLEAR = statement<NoParams>(`
MATCH (n)
WHERE n:Entity OR n:Document OR n:NewsgraphChange
DETACH DELETE n
`);

// ------------------------------------------------------------------------------------------- catalogue

/** Every statement above, the functions called with sample arguments, for `cypher.test.ts` to lint. */
export const ALL_STATEMENTS: ReadonlyArray<{ name: string; statement: Statement<Params> }> = [
  { name: 'ENTITY_ID_CONSTRAINT', statement: ENTITY_ID_CONSTRAINT },
  { name: 'DOCUMENT_ID_CONSTRAINT', statement: DOCUMENT_ID_CONSTRAINT },
  { name: 'relationIdConstraint(REPORTED_ON)', statement: relationIdConstraint('REPORTED_ON') },
  { name: 'PING', statement: PING },
  { name: 'MISSING_ENTITY_IDS', statement: MISSING_ENTITY_IDS },
  { name: 'GET_ENTITIES', statement: GET_ENTITIES },
  { name: 'RELATIONS_OF', statement: RELATIONS_OF },
  ...Array.from({ length: LIMITS.maxNeighborhoodDepth }, (_, i) => ({
    name: `neighborhoodStatement(${i + 1})`,
    statement: neighborhoodStatement(neighborhoodHops(i + 1)),
  })),
  { name: 'shortestPathStatement(1)', statement: shortestPathStatement(pathHops(1)) },
  {
    name: `shortestPathStatement(${LIMITS.maxPathDepth})`,
    statement: shortestPathStatement(pathHops(LIMITS.maxPathDepth)),
  },
  { name: 'SUBGRAPH', statement: SUBGRAPH },
  { name: 'OVERVIEW', statement: OVERVIEW },
  { name: 'STATS', statement: STATS },
  { name: 'DOCUMENTS', statement: DOCUMENTS },
  { name: 'DOCUMENT_LINKS', statement: DOCUMENT_LINKS },
  { name: 'READ_ALL', statement: READ_ALL },
  { name: 'UPSERT_DOCUMENTS', statement: UPSERT_DOCUMENTS },
  { name: 'UPSERT_ENTITIES', statement: UPSERT_ENTITIES },
  { name: 'DELETE_MOVED_RELATIONS', statement: DELETE_MOVED_RELATIONS },
  { name: 'upsertRelationsStatement(CRITICIZED)', statement: upsertRelationsStatement('CRITICIZED') },
  { name: 'CLEAR', statement: CLEAR },
];
