import type { NoParams, Params, Statement } from './cypher';
import { DOCUMENT_MAP, ENTITY_FIELDS, RELATION_MAP, statement } from './cypher';

/**
 * The audit trail's Cypher statements (see graph/audit/change.ts), linted in cypher.test.ts. A record is
 * `(:NewsgraphChange {id, at, actor, sourceKind, sourceNames, documentIds, entityIds, relationIds,
 * record})`: `record` is the whole ChangeRecord as JSON (a property cannot hold nested maps), and the
 * other properties are what the `changes` query filters on. It is created in the write's own transaction
 * (write-batch.ts), so it commits or rolls back with the change.
 */

export const CHANGE_PROPERTIES = [
  'at',
  'actor',
  'sourceKind',
  'sourceNames',
  'documentIds',
  'entityIds',
  'relationIds',
  'record',
] as const;

export const CHANGE_ID_CONSTRAINT = statement<NoParams>(`
CREATE CONSTRAINT newsgraph_change_id IF NOT EXISTS FOR (c:NewsgraphChange) REQUIRE c.id IS UNIQUE
`);

export const CHANGE_AT_INDEX = statement<NoParams>(`
CREATE INDEX newsgraph_change_at IF NOT EXISTS FOR (c:NewsgraphChange) ON (c.at)
`);

/** The items a batch's ids name, as they are before it is written (one row of three lists). */
export const ITEMS_BEFORE = statement<{
  documentIds: readonly string[];
  entityIds: readonly string[];
  relationIds: readonly string[];
}>(`
RETURN
  COLLECT {
    MATCH (d:Document)
    WHERE d.id IN $documentIds
    RETURN ${DOCUMENT_MAP} AS document
  } AS documents,
  COLLECT {
    MATCH (e:Entity)
    WHERE e.id IN $entityIds
    RETURN e { ${ENTITY_FIELDS} } AS entity
  } AS entities,
  COLLECT {
    MATCH (:Entity)-[r]->(:Entity)
    WHERE r.id IN $relationIds
    RETURN ${RELATION_MAP} AS relation
  } AS relations
`);

export const CREATE_CHANGE = statement<{ change: Params }>(`
CREATE (c:NewsgraphChange)
SET c.id = $change.id,
    c.at = $change.at,
    c.actor = $change.actor,
    c.sourceKind = $change.sourceKind,
    c.sourceNames = $change.sourceNames,
    c.documentIds = $change.documentIds,
    c.entityIds = $change.entityIds,
    c.relationIds = $change.relationIds,
    c.record = $change.record
`);

/** Null filters match everything; `$itemKind` narrows `$itemId` to one kind of item. */
export const CHANGES = statement<{
  actor: string | null;
  source: string | null;
  itemId: string | null;
  itemKind: string | null;
  since: string | null;
  until: string | null;
  newestFirst: boolean;
  limit: unknown;
}>(`
MATCH (c:NewsgraphChange)
WHERE ($actor IS NULL OR c.actor = $actor)
  AND ($source IS NULL OR $source IN c.sourceNames)
  AND ($since IS NULL OR c.at >= $since)
  AND ($until IS NULL OR c.at <= $until)
  AND ($itemId IS NULL
    OR (($itemKind IS NULL OR $itemKind = 'document') AND $itemId IN c.documentIds)
    OR (($itemKind IS NULL OR $itemKind = 'entity') AND $itemId IN c.entityIds)
    OR (($itemKind IS NULL OR $itemKind = 'relation') AND $itemId IN c.relationIds))
WITH c
ORDER BY CASE WHEN $newestFirst THEN c.at END DESC, CASE WHEN $newestFirst THEN c.id END DESC, c.at, c.id
LIMIT $limit
RETURN c.record AS record
`);

/** For cypher.test.ts. */
export const AUDIT_STATEMENTS: ReadonlyArray<{ name: string; statement: Statement<Params> }> = [
  { name: 'CHANGE_ID_CONSTRAINT', statement: CHANGE_ID_CONSTRAINT },
  { name: 'CHANGE_AT_INDEX', statement: CHANGE_AT_INDEX },
  { name: 'ITEMS_BEFORE', statement: ITEMS_BEFORE },
  { name: 'CREATE_CHANGE', statement: CREATE_CHANGE },
  { name: 'CHANGES', statement: CHANGES },
];
