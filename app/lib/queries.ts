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

/** A relation with its ends named, so a panel can say "Source —TYPE→ Target" without another request. */
export interface RelationView {
  id: string;
  type: string;
  statement: string | null;
  role: string | null;
  source: Pick<EntitySummary, 'id' | 'name' | 'type'>;
  target: Pick<EntitySummary, 'id' | 'name' | 'type'>;
  evidence: EvidenceView[];
}

export interface SubgraphView {
  nodes: EntitySummary[];
  edges: RelationView[];
  truncated: boolean;
}

/** Everything the details panel shows for an entity. */
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

const EVIDENCE_FIELDS = 'documentId sentence start end';
const RELATION_FIELDS = `id type statement role
  source { id name type }
  target { id name type }
  evidence { ${EVIDENCE_FIELDS} }`;
const SUBGRAPH_FIELDS = `nodes { id name type degree } edges { ${RELATION_FIELDS} } truncated`;

/** The most connected entities and their relations: what a first visit draws. */
export const OVERVIEW_QUERY = `query Overview($limit: Int) { overview(limit: $limit) { ${SUBGRAPH_FIELDS} } }`;
export interface OverviewResult {
  overview: SubgraphView;
}

/** Entities within `depth` hops of the seeds. */
export const NEIGHBORHOOD_QUERY = `query Neighborhood($ids: [ID!]!, $depth: Int) {
  neighborhood(ids: $ids, depth: $depth) { ${SUBGRAPH_FIELDS} }
}`;
export interface NeighborhoodResult {
  neighborhood: SubgraphView;
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
    relations(first: $first) { id type source { id name type degree } target { id name type degree } }
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

/** Suggestions for the search box. */
export const SEARCH_QUERY = `query Search($query: String!, $first: Int) {
  search(query: $query, first: $first) { id name type degree aliases }
}`;
export interface SearchResult {
  search: (EntitySummary & { aliases: string[] })[];
}

/** The details panel of one entity. */
export const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name type degree aliases description
    evidence { ${EVIDENCE_FIELDS} }
    relations(first: 100) { ${RELATION_FIELDS} }
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

/** The two ends of a relation and everything between them: how a relation picked in a panel gets drawn. */
export const SUBGRAPH_QUERY = `query Subgraph($ids: [ID!]!) { subgraph(ids: $ids) { ${SUBGRAPH_FIELDS} } }`;
export interface SubgraphResult {
  subgraph: SubgraphView;
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
