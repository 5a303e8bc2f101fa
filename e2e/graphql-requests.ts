import { Kind, parse } from 'graphql';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** One GraphQL request a page sent: its operation's name and its document. */
export interface SentRequest {
  operation: string;
  query: string;
}

/**
 * Records every GraphQL request the page sends to /api/graphql (a batch counts each operation), from now
 * on. The returned array fills as the page works.
 */
export function graphqlRequests(page: Page): SentRequest[] {
  const sent: SentRequest[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/graphql') || request.method() !== 'POST') return;
    const body: unknown = request.postDataJSON();
    for (const item of Array.isArray(body) ? body : [body]) {
      const { query } = (item ?? {}) as { query?: unknown };
      if (typeof query !== 'string') continue;
      const definition = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      sent.push({ operation: definition?.name?.value ?? '', query });
    }
  });
  return sent;
}

/** The ids of every relation the API holds among the entities `ids`, sorted: what a faithful canvas draws. */
export async function relationsAmong(ids: readonly string[]): Promise<string[]> {
  const response = await fetch(`${inject('baseUrl')}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($ids: [ID!]!) { subgraph(ids: $ids) { edges { id } } }',
      variables: { ids },
    }),
  });
  const body = (await response.json()) as { data?: { subgraph: { edges: { id: string }[] } } };
  if (body.data === undefined) throw new Error(`subgraph failed: ${JSON.stringify(body)}`);
  return body.data.subgraph.edges.map((e) => e.id).sort();
}
