/**
 * Small checks of JSON the browser receives from our own API. They stand in for zod in browser code: the
 * shapes read there are few and flat, and zod's runtime (even `zod/mini`) would be most of the weight of
 * the explorer's own code in its first-load JavaScript. The server keeps zod for what it validates.
 */

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number (JSON has no other kind). */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/**
 * `read(item)` for every item of `value`, or null when `value` is not an array or any item does not read
 * (one bad item makes the whole answer suspect, as a schema would).
 */
export function readArray<T>(value: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items: T[] = [];
  for (const item of value) {
    const checked = read(item);
    if (checked === null) return null;
    items.push(checked);
  }
  return items;
}
