/**
 * The GraphQL operations the explorer sends, next to the shapes of their results. The result types are
 * written by hand from the schema and kept as small as the page needs; the API's schema is the contract.
 */

/** An entity as the canvas knows it. */
export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  degree: number;
}

/** One sentence of a document, located by character offsets: `text.slice(start, end) === sentence`. */
export interface EvidenceView {
  documentId: string;
  sentence: string;
  start: number;
  end: number;
}

/**
 * A relation as the canvas draws it: its ends named, so a panel can say "Source —TYPE→ Target" without
 * another request, and no evidence (the details panel asks for that when a person opens it).
 */
export interface RelationView {
  id: string;
  type: string;
  statement: string | null;
  role: string | null;
  /** The articles it was read from, each once (for the article filter): ids, not sentences. */
  documentIds: string[];
  source: Pick<EntitySummary, 'id' | 'name' | 'type'>;
  target: Pick<EntitySummary, 'id' | 'name' | 'type'>;
}

/** A relation with every sentence it was read from: what the details panel and a path's hops show. */
interface RelationWithEvidence extends RelationView {
  evidence: EvidenceView[];
}

/** What the canvas draws: entity and relation summaries. */
export interface SubgraphView {
  nodes: EntitySummary[];
  edges: RelationView[];
  truncated: boolean;
}

/** Everything the details panel shows for an entity: its sentences, and its relations as summaries. */
export interface EntityDetails extends EntitySummary {
  aliases: string[];
  description: string | null;
  evidence: EvidenceView[];
  relations: RelationView[];
}

export interface DocumentView {
  id: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
  text: string;
}

/*
 * The canvas asks only for what it draws (issue 13): every document that changes the canvas selects the
 * summaries below and no evidence, so a big answer costs the server little to resolve and the browser
 * little to read. Evidence is asked for when a person opens an entity or a relation (ENTITY_QUERY,
 * RELATION_EVIDENCE_QUERY), all of it in one request. The public API keeps its fields; this is only what
 * the explorer selects. `app/lib/queries.test.ts` holds each document to this; the benchmarks import
 * them from here to measure the explorer's real requests.
 */
const ENTITY_SUMMARY_FIELDS = 'id name type degree';
const RELATION_SUMMARY_FIELDS = `id type statement role documentIds source { id name type } target { id name type }`;
const SUBGRAPH_FIELDS = `nodes { ${ENTITY_SUMMARY_FIELDS} } edges { ${RELATION_SUMMARY_FIELDS} } truncated`;
const EVIDENCE_FIELDS = 'documentId sentence start end';

/** The most connected entities and their relations: what a first visit draws. */
export const OVERVIEW_QUERY = `query Overview($limit: Int) { overview(limit: $limit) { ${SUBGRAPH_FIELDS} } }`;
export interface OverviewResult {
  overview: SubgraphView;
}

/**
 * One expansion, one request: up to `limit` entities around `id` (the entity itself and limit − 1
 * neighbours, with the relations among them) to draw, plus the ends of all its relations, so the explorer
 * can say how many more neighbours there are and offer them without asking again.
 */
export const EXPAND_QUERY = `query Expand($id: ID!, $limit: Int!, $first: Int!) {
  neighborhood(ids: [$id], depth: 1, limit: $limit) { ${SUBGRAPH_FIELDS} }
  entity(id: $id) {
    id degree
    relations(first: $first) { id type source { ${ENTITY_SUMMARY_FIELDS} } target { ${ENTITY_SUMMARY_FIELDS} } }
  }
}`;
export interface ExpandResult {
  neighborhood: SubgraphView;
  entity: {
    id: string;
    degree: number;
    relations: { id: string; type: string; source: EntitySummary; target: EntitySummary }[];
  } | null;
}

/**
 * Entities within `depth` hops of the seeds, every relation with its evidence: the public API's full
 * answer as other clients ask for it. The explorer never sends it (it expands with EXPAND_QUERY); the
 * benchmarks and browser tests use it as the API's heavy read.
 */
export const NEIGHBORHOOD_QUERY = `query Neighborhood($ids: [ID!]!, $depth: Int) {
  neighborhood(ids: $ids, depth: $depth) {
    nodes { ${ENTITY_SUMMARY_FIELDS} }
    edges { ${RELATION_SUMMARY_FIELDS} evidence { ${EVIDENCE_FIELDS} } }
    truncated
  }
}`;
export interface NeighborhoodResult {
  neighborhood: { nodes: EntitySummary[]; edges: RelationWithEvidence[]; truncated: boolean };
}

/**
 * The entities `ids` and every relation among them, ids that name no entity left out and listed: how the
 * canvas draws a link, a hand-off, and every relation among what it holds after entities are added.
 */
export const CANVAS_SUBGRAPH_QUERY = `query CanvasSubgraph($ids: [ID!]!) {
  subgraph(ids: $ids, skipMissing: true) { ${SUBGRAPH_FIELDS} missing }
}`;
export interface CanvasSubgraphResult {
  subgraph: SubgraphView & { missing: string[] };
}

/**
 * A shortest path between two entities, following relations either way. `relationTypes` and
 * `entityTypes` list what may be walked (omitted = everything); the two ends are allowed whatever their
 * type. Null when there is no path within `maxDepth` hops; NOT_FOUND when an end does not exist.
 */
export const SHORTEST_PATH_QUERY = `query ShortestPath(
  $from: ID!
  $to: ID!
  $maxDepth: Int
  $relationTypes: [String!]
  $entityTypes: [String!]
) {
  shortestPath(
    from: $from
    to: $to
    maxDepth: $maxDepth
    relationTypes: $relationTypes
    entityTypes: $entityTypes
  ) { ${SUBGRAPH_FIELDS} }
}`;
export interface ShortestPathResult {
  shortestPath: SubgraphView | null;
}

/** Suggestions for the search box. */
export const SEARCH_QUERY = `query Search($query: String!, $first: Int) {
  search(query: $query, first: $first) { id name type degree aliases }
}`;
export interface SearchResult {
  search: (EntitySummary & { aliases: string[] })[];
}

/** The details panel of one entity: every sentence that mentions it, and its relations (summaries). */
export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    ${ENTITY_SUMMARY_FIELDS} aliases description
    evidence { ${EVIDENCE_FIELDS} }
    relations(first: 100) { ${RELATION_SUMMARY_FIELDS} }
  }
}`;
export interface EntityResult {
  entity: EntityDetails | null;
}

/** The article an evidence sentence was read from, for showing the sentence in context. */
export const DOCUMENT_QUERY = `query Document($id: ID!) { document(id: $id) { id title source publishedAt text } }`;
export interface DocumentResult {
  document: DocumentView | null;
}

/** Totals for the header. */
export const STATS_QUERY = `query Stats { stats { entityCount relationCount documentCount } }`;
export interface StatsResult {
  stats: { entityCount: number; relationCount: number; documentCount: number };
}

/**
 * Every sentence of the relations among `ids`: a relation opened in the details panel (its two ends) or a
 * path's hops (the path's entities); the caller picks the relations it shows from the answer.
 */
export const RELATION_EVIDENCE_QUERY = `query RelationEvidence($ids: [ID!]!) {
  subgraph(ids: $ids, skipMissing: true) { edges { id evidence { ${EVIDENCE_FIELDS} } } }
}`;
export interface RelationEvidenceResult {
  subgraph: { edges: { id: string; evidence: EvidenceView[] }[] };
}

/** A file of the entities `ids` and the relations among them, for exports too long for a URL. */
export const EXPORT_QUERY = `query Export($ids: [ID!]!, $format: ExportFormat!) {
  exportSubgraph(ids: $ids, depth: 0, format: $format) { mimeType content encoding }
}`;
export interface ExportResultView {
  exportSubgraph: { mimeType: string; content: string; encoding: string };
}

/** The articles' titles and dates, for the explorer's article filter (their text is not needed). */
export const ARTICLE_LIST_QUERY = `query Articles { documents { id title publishedAt } }`;
export interface ArticleListResult {
  documents: Pick<DocumentView, 'id' | 'title' | 'publishedAt'>[];
}
