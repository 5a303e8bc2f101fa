/**
 * The explorer hides types (the legend's toggles); the API's `shortestPath` takes the types it may walk.
 * This turns one into the other, against the store's full type lists, so a path never runs through
 * something the reader has hidden.
 */

export interface PathTypeFilters {
  /** Relation types the path may use; undefined = all of them. */
  relationTypes?: string[];
  /** Entity types the path may pass through; undefined = all of them. */
  entityTypes?: string[];
}

/**
 * The types of `all` that are not in `hidden`, or undefined when nothing in `all` is hidden (no filter at
 * all, which also lets through types the store gained since `all` was read). An empty list is kept as
 * such: everything hidden means nothing may be walked.
 */
export function allowedTypes(all: readonly string[], hidden: readonly string[]): string[] | undefined {
  const hiddenSet = new Set(hidden);
  if (!all.some((t) => hiddenSet.has(t))) return undefined;
  return [...new Set(all)].filter((t) => !hiddenSet.has(t)).sort();
}

/** True when some type is hidden, so the store's type lists are needed before asking for a path. */
export function needsTypeLists(
  hiddenEntityTypes: readonly string[],
  hiddenRelationTypes: readonly string[],
): boolean {
  return hiddenEntityTypes.length > 0 || hiddenRelationTypes.length > 0;
}

/** The `relationTypes` / `entityTypes` arguments for the current filters. */
export function pathTypeFilters(
  storeTypes: { entityTypes: readonly string[]; relationTypes: readonly string[] },
  hidden: { entityTypes: readonly string[]; relationTypes: readonly string[] },
): PathTypeFilters {
  const filters: PathTypeFilters = {};
  const relationTypes = allowedTypes(storeTypes.relationTypes, hidden.relationTypes);
  const entityTypes = allowedTypes(storeTypes.entityTypes, hidden.entityTypes);
  if (relationTypes !== undefined) filters.relationTypes = relationTypes;
  if (entityTypes !== undefined) filters.entityTypes = entityTypes;
  return filters;
}
