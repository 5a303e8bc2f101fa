import type { Integer } from 'neo4j-driver';
import type { Params, Statement } from './cypher';
import { statement } from './cypher';

/**
 * Every Cypher statement of the Neo4j draft store (`neo4j-draft-store.ts`), and nothing else; linted with
 * the graph's own statements in `cypher.test.ts`. The data model, apart from the graph's labels (the
 * graph store's CLEAR leaves these nodes alone, and its reads never match them):
 *
 *   (:Draft {id, status, revision, createdAt, updatedAt, title, entityCount, relationCount, body})
 *   (:RejectedProposal {key, kind, label, rejectedAt})
 *
 * - `body` is the whole stored draft as JSON text: it is only ever read and written whole, and its
 *   nested lists (mentions, evidence, decisions) have no place in Neo4j properties. The other properties
 *   are what the list of drafts shows and what a conditional save tests.
 * - A save changes a draft only if its revision is still the one the reviewer loaded (`WHERE`), so two
 *   writers racing cannot both win.
 */

type NoParams = Record<string, never>;

/** The properties of a `:Draft` node, as written (`neo4j-draft-store.ts` builds exactly these). */
export const DRAFT_PROPERTIES = [
  'id',
  'status',
  'revision',
  'createdAt',
  'updatedAt',
  'title',
  'entityCount',
  'relationCount',
  'body',
] as const;

export const REJECTION_PROPERTIES = ['key', 'kind', 'label', 'rejectedAt'] as const;

export type DraftRow = Record<(typeof DRAFT_PROPERTIES)[number], unknown>;

export const DRAFT_ID_CONSTRAINT = statement<NoParams>(`
CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (d:Draft) REQUIRE d.id IS UNIQUE
`);

export const REJECTION_KEY_CONSTRAINT = statement<NoParams>(`
CREATE CONSTRAINT rejected_proposal_key IF NOT EXISTS FOR (r:RejectedProposal) REQUIRE r.key IS UNIQUE
`);

export const CREATE_DRAFT = statement<{ draft: DraftRow }>(`
CREATE (d:Draft)
SET d = $draft
`);

export const GET_DRAFT = statement<{ id: string }>(`
MATCH (d:Draft {id: $id})
RETURN d.body AS body
`);

export const LIST_DRAFTS = statement<NoParams>(`
MATCH (d:Draft)
RETURN d { .id, .status, .title, .createdAt, .updatedAt, .entityCount, .relationCount } AS draft
ORDER BY d.createdAt DESC, d.id
`);

/** Replaces a draft whose revision is still `$revision`; returns no row when it is not (or is gone). */
export const UPDATE_DRAFT = statement<{ id: string; revision: Integer; draft: DraftRow }>(`
MATCH (d:Draft {id: $id})
WHERE d.revision = $revision AND d.status = 'open'
SET d = $draft
RETURN d.id AS id
`);

export const REMOVE_DRAFT = statement<{ id: string }>(`
MATCH (d:Draft {id: $id})
DELETE d
`);

export const REMEMBER_REJECTIONS = statement<{ rejections: readonly Params[] }>(`
UNWIND $rejections AS row
MERGE (r:RejectedProposal {key: row.key})
ON CREATE SET r.kind = row.kind, r.label = row.label, r.rejectedAt = row.rejectedAt
`);

export const REJECTIONS = statement<NoParams>(`
MATCH (r:RejectedProposal)
RETURN r { .key, .kind, .label, .rejectedAt } AS rejection
ORDER BY r.key
`);

export const CLEAR_DRAFTS = statement<NoParams>(`
MATCH (n)
WHERE n:Draft OR n:RejectedProposal
DELETE n
`);

/** Every statement above, for `cypher.test.ts` to lint. */
export const DRAFT_STATEMENTS: ReadonlyArray<{ name: string; statement: Statement<Params> }> = [
  { name: 'DRAFT_ID_CONSTRAINT', statement: DRAFT_ID_CONSTRAINT },
  { name: 'REJECTION_KEY_CONSTRAINT', statement: REJECTION_KEY_CONSTRAINT },
  { name: 'CREATE_DRAFT', statement: CREATE_DRAFT },
  { name: 'GET_DRAFT', statement: GET_DRAFT },
  { name: 'LIST_DRAFTS', statement: LIST_DRAFTS },
  { name: 'UPDATE_DRAFT', statement: UPDATE_DRAFT },
  { name: 'REMOVE_DRAFT', statement: REMOVE_DRAFT },
  { name: 'REMEMBER_REJECTIONS', statement: REMEMBER_REJECTIONS },
  { name: 'REJECTIONS', statement: REJECTIONS },
  { name: 'CLEAR_DRAFTS', statement: CLEAR_DRAFTS },
];
