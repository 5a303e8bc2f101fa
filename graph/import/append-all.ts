/**
 * Appends `items` to `target` in place. `target.push(...items)` passes every item as an argument, and
 * V8 runs out of stack at around 125k of them: an import of 150k relations crashed that way (found by
 * `npm run bench`). A loop has no such limit.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
