import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApolloServer } from '@/schema/server';
import { execute } from '@/schema/testing/execute';
import type { SeededStore } from '@/schema/testing/seeded-store';
import { openSeededStore } from '@/schema/testing/seeded-store';
import { CONSOLE_DEFAULT_QUERY, CONSOLE_EXAMPLES } from './console-examples';
import { extractDrawable } from './draw-result';

/**
 * Every example the console offers, run through the real schema (with the API's limits) over a real
 * embedded store loaded with the seed, as a reader pressing ▶ would.
 */

const server = createApolloServer();
let seeded: SeededStore;

beforeAll(async () => {
  seeded = await openSeededStore();
});
afterAll(async () => {
  await seeded.dispose();
});

/** True when the value holds something: a non-empty list, an object with something in it, any scalar. */
function holdsSomething(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(holdsSomething);
  return true;
}

describe('the console examples', () => {
  it('have distinct titles and operation names', () => {
    const titles = CONSOLE_EXAMPLES.map((example) => example.title);
    const operations = CONSOLE_EXAMPLES.map((example) => /query (\w+)/.exec(example.query)?.[1]);
    expect(new Set(titles).size).toBe(titles.length);
    expect(operations.every((name) => name !== undefined)).toBe(true);
    expect(new Set(operations).size).toBe(operations.length);
  });

  describe.each(CONSOLE_EXAMPLES.map((example) => [example.title, example] as const))('%s', (_, example) => {
    it('answers without errors and with data in every field it asks for', async () => {
      const result = await execute(server, seeded.store, example.query);
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
      for (const [field, value] of Object.entries(result.data ?? {})) {
        expect(holdsSomething(value), `${field} is empty`).toBe(true);
      }
    });

    it(example.drawable ? 'gives "Draw result" something to draw' : 'has nothing to draw', async () => {
      const result = await execute(server, seeded.store, example.query);
      const drawable = extractDrawable({ data: result.data });
      expect(drawable.kind).toBe(example.drawable ? 'drawable' : 'nothing');
    });
  });

  it('draws exactly the path from Hillary Clinton to CECOT: its nodes and its edges', async () => {
    const example = CONSOLE_EXAMPLES.find((e) => e.title === 'Hillary Clinton to CECOT');
    const result = await execute<{
      shortestPath: { nodes: { id: string }[]; edges: { id: string }[] };
    }>(server, seeded.store, example?.query ?? '');
    const path = result.data?.shortestPath;
    expect(path?.nodes[0]?.id).toBe('hillary-clinton');
    expect(path?.nodes.at(-1)?.id).toBe('cecot');
    expect(extractDrawable({ data: result.data })).toEqual({
      kind: 'drawable',
      entityIds: path?.nodes.map((n) => n.id),
      relationIds: path?.edges.map((e) => e.id),
    });
  });

  it('start the console with a query that runs', async () => {
    const result = await execute(server, seeded.store, CONSOLE_DEFAULT_QUERY);
    expect(result.errors).toBeUndefined();
    expect(CONSOLE_DEFAULT_QUERY).toContain(CONSOLE_EXAMPLES[0]?.query);
  });
});
