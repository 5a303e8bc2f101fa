import { ID_PATTERN } from '@/graph/identifiers';

/**
 * What a GraphQL console result holds that the explorer can draw (public: the console's "Draw result"
 * button). Pure: it takes the parsed JSON of a response and looks for graph elements anywhere in it,
 * whatever the query's shape, aliases or nesting:
 *
 * - a relation is an object with `id`, `type`, `source` and `target`, where each end is an object with an
 *   `id` or an id string; its two ends are drawn too, so they count as entities;
 * - an entity is an object with `id` and `type` and neither `source` nor `target`.
 *
 * Ids must be the store's lowercase slugs: an alias such as `id: name` yields a string the explorer could
 * not look up, so such objects are not drawn (and not counted). Each element is listed once, in the
 * order the result first mentions it.
 */

export type DrawResult =
  { kind: 'drawable'; entityIds: string[]; relationIds: string[] } | { kind: 'nothing'; reason: string };

export const NO_RESULT_REASON = 'Run a query first: there is no result to draw.';
export const NOT_JSON_REASON = 'The result is not JSON, so there is nothing to draw.';
export const NO_DATA_REASON = 'The result has no data (only errors), so there is nothing to draw.';
export const NO_ELEMENTS_REASON =
  'The result holds no entities or relations to draw: ask for the `id` and `type` of entities, or the `id`, `type`, `source { id }` and `target { id }` of relations.';

/** Finds the entities and relations in a parsed GraphQL response (its `data`, or the value itself). */
export function extractDrawable(response: unknown): DrawResult {
  if (response === null || response === undefined) return { kind: 'nothing', reason: NO_RESULT_REASON };
  // A GraphQL response: draw its data (a partial result's too); an answer with only errors has none.
  const isResponse = isRecord(response) && ('data' in response || 'errors' in response);
  const data = isResponse ? response.data : response;
  if (data === null || data === undefined) return { kind: 'nothing', reason: NO_DATA_REASON };

  const entityIds = new Set<string>();
  const relationIds = new Set<string>();
  // An explicit stack, not recursion: a result can be deeply nested, and the walk must never overflow.
  // Children are pushed in reverse so that they pop in document order: ids come out in reading order.
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      const relation = asRelation(record);
      if (relation !== null) {
        relationIds.add(relation.id);
        entityIds.add(relation.source);
        entityIds.add(relation.target);
      } else {
        const entity = entityId(record);
        if (entity !== null) entityIds.add(entity);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }

  if (entityIds.size === 0) return { kind: 'nothing', reason: NO_ELEMENTS_REASON };
  return { kind: 'drawable', entityIds: [...entityIds], relationIds: [...relationIds] };
}

/** Parses the console's response text (GraphiQL shows the JSON it received) and extracts from it. */
export function extractDrawableFromText(text: string | null | undefined): DrawResult {
  if (text === null || text === undefined || text.trim() === '') {
    return { kind: 'nothing', reason: NO_RESULT_REASON };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'nothing', reason: NOT_JSON_REASON };
  }
  return extractDrawable(parsed);
}

/** A one-line summary for the button's description: "12 entities and 15 relations". */
export function describeDrawable(result: Extract<DrawResult, { kind: 'drawable' }>): string {
  const entities = `${result.entityIds.length} ${result.entityIds.length === 1 ? 'entity' : 'entities'}`;
  if (result.relationIds.length === 0) return entities;
  const relations = `${result.relationIds.length} ${result.relationIds.length === 1 ? 'relation' : 'relations'}`;
  return `${entities} and ${relations}`;
}

function asRelation(record: Record<string, unknown>): { id: string; source: string; target: string } | null {
  if (!isSlug(record.id) || typeof record.type !== 'string') return null;
  const source = endId(record.source);
  const target = endId(record.target);
  if (source === null || target === null) return null;
  return { id: record.id, source, target };
}

function entityId(record: Record<string, unknown>): string | null {
  if ('source' in record || 'target' in record) return null;
  return isSlug(record.id) && typeof record.type === 'string' ? record.id : null;
}

/** A relation's end: an id string, or an object with an id (`source { id name }`). */
function endId(end: unknown): string | null {
  if (isSlug(end)) return end;
  if (isRecord(end) && isSlug(end.id)) return end.id;
  return null;
}

function isSlug(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
