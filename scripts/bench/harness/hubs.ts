import { HUB_COUNT } from '../measure/query-kinds';

/** The hubs the expansions ask about: the served store's own overview (its most connected entities). */
export async function hubsOf(url: string): Promise<string[]> {
  const response = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ overview(limit: ${HUB_COUNT}) { nodes { id } } }` }),
  });
  const body = (await response.json()) as { data?: { overview: { nodes: { id: string }[] } } };
  const ids = body.data?.overview.nodes.map((node) => node.id) ?? [];
  if (ids.length === 0) throw new Error('The served store has no entities to expand.');
  return ids;
}
