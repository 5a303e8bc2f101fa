import { describe, expect, it } from 'vitest';
import { MAX_LINKED_IDS, takeHandoff } from '@/app/lib/explorer-link';
import { CONSOLE_ORIGIN, explorerTargetFor } from './console-draw';

/** sessionStorage's interface over a Map (the tests run in Node, which has none). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function handoffKey(href: string): string {
  return new URL(href, 'http://localhost').searchParams.get('handoff') ?? '';
}

describe('explorerTargetFor', () => {
  it('links to the explorer with the entities in the URL when there are few, relations or not', () => {
    // The explorer draws every relation among the entities, so the relations need not travel.
    const storage = memoryStorage();
    expect(explorerTargetFor({ kind: 'drawable', entityIds: ['a', 'b'], relationIds: [] }, storage)).toBe(
      '/?e=a,b',
    );
    expect(explorerTargetFor({ kind: 'drawable', entityIds: ['a', 'b'], relationIds: ['r'] }, storage)).toBe(
      '/?e=a,b',
    );
    expect(storage.length).toBe(0);
  });

  it('hands over entities that would make the URL too long', () => {
    const storage = memoryStorage();
    const entityIds = Array.from({ length: MAX_LINKED_IDS + 1 }, (_, i) => `entity-${i}`);
    const href = explorerTargetFor({ kind: 'drawable', entityIds, relationIds: ['r'] }, storage);
    expect(takeHandoff(storage, handoffKey(href))).toEqual({ entityIds, origin: CONSOLE_ORIGIN });
  });

  it('still links the largest number of entities a URL may carry', () => {
    const entityIds = Array.from({ length: MAX_LINKED_IDS }, (_, i) => `entity-${i}`);
    const href = explorerTargetFor({ kind: 'drawable', entityIds, relationIds: [] }, memoryStorage());
    expect(href.startsWith('/?e=entity-0,')).toBe(true);
  });
});
