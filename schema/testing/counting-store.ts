import type { GraphStore } from '../../graph/store';

/**
 * Test support, for measuring rather than mocking: a GraphStore that forwards every call to a real store
 * and records the arguments of each call by method name.
 */
export interface CountingStore {
  store: GraphStore;
  calls(method: keyof GraphStore): unknown[][];
}

export function countCalls(real: GraphStore): CountingStore {
  const log = new Map<PropertyKey, unknown[][]>();
  const store = new Proxy(real, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        const list = log.get(property) ?? [];
        list.push(args);
        log.set(property, list);
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { store, calls: (method) => log.get(method) ?? [] };
}
