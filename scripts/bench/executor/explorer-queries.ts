/**
 * The explorer's two requests of issue 13's target table, written here from the issue until the explorer
 * sends them itself: an expansion of a hub capped at 25 entities carrying summaries only (ids, names,
 * types, ends, degree, statement; no evidence), and the details of one entity with every evidence sentence.
 */

/** The expansion cap the issue states. */
export const EXPANSION_LIMIT = 25;

export const EXPANSION_QUERY = `query Expansion($id: ID!, $limit: Int!) {
  neighborhood(ids: [$id], depth: 1, limit: $limit) {
    nodes { id name type degree }
    edges { id type statement source { id } target { id } }
    truncated
  }
}`;

export const DETAILS_QUERY = `query Details($id: ID!) {
  entity(id: $id) {
    id name type degree aliases description
    evidence { documentId sentence start end }
    relations(first: 100) {
      id type statement role
      source { id name type }
      target { id name type }
      evidence { documentId sentence start end }
    }
  }
}`;
