import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { InvalidArgumentError, NotFoundError } from '../errors';
import type { GraphStore } from '../store';
import { FIXTURE } from './fixture';

/** How each part of the contract reaches the store under test. */
export type StoreGetter = () => GraphStore;

/**
 * Registers the suite's hooks: one store per suite (from `makeStore`, closed at the end), and before every
 * test a cleared store loaded with the fixture, so no test depends on another.
 */
export function useFixtureStore(makeStore: () => Promise<GraphStore>): StoreGetter {
  let store: GraphStore | undefined;
  beforeAll(async () => {
    store = await makeStore();
  });
  beforeEach(async () => {
    const s = get();
    await s.clear();
    await s.upsert(FIXTURE);
  });
  afterAll(async () => {
    await store?.close();
  });
  function get(): GraphStore {
    if (store === undefined) throw new Error('contract: the store is not open (did makeStore fail?)');
    return store;
  }
  return get;
}

/** Ids in a canonical order, for comparing results whose order the port leaves open. */
export function idSet(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id).sort();
}

/** Ids in the order returned, for results whose order the port specifies. */
export function idList(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

export async function expectInvalidArgument(promise: Promise<unknown>): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidArgumentError);
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
}

/** Asserts a NotFoundError that names exactly the `missing` ids. */
export async function expectNotFound(promise: Promise<unknown>, missing: readonly string[]): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error).toMatchObject({ code: 'NOT_FOUND' });
  expect(error instanceof NotFoundError ? [...error.missingIds].sort() : error).toEqual([...missing].sort());
}
