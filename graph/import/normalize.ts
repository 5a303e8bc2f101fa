import { ID_PATTERN, isEntityType, isRelationType } from '../identifiers';

/**
 * Turns what other tools write into our identifiers: ids into lowercase slugs, entity types into
 * PascalCase, relation types into UPPER_SNAKE_CASE. Values that already follow our rules pass through
 * untouched, so our own exports round-trip exactly.
 */

/** The entity type given to nodes whose file says nothing about their type (Gephi, yEd). */
export const DEFAULT_ENTITY_TYPE = 'Entity';
/** The relation type given to edges whose file names no type, label or interaction. */
export const DEFAULT_RELATION_TYPE = 'RELATED_TO';

/** Words of a name: letters and digits, accents folded ("José" → "jose"), everything else a separator. */
function words(value: string): string[] {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
}

/** A slug for `value` ("Nayib Bukele" → "nayib-bukele"), or '' when it has no letters or digits at all. */
export function slugify(value: string): string {
  const slug = words(value).join('-').toLowerCase().slice(0, 128).replace(/-+$/, '');
  return ID_PATTERN.test(slug) ? slug : '';
}

/** "political party" / "political_party" / "PoliticalParty" → "PoliticalParty"; undefined when nothing usable is left. */
export function toEntityType(value: string): string | undefined {
  const trimmed = value.trim();
  if (isEntityType(trimmed)) return trimmed;
  const pascal = words(trimmed)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')
    .slice(0, 64);
  return isEntityType(pascal) ? pascal : undefined;
}

/** "works for" / "worksFor" / "works-for" → "WORKS_FOR"; undefined when nothing usable is left. */
export function toRelationType(value: string): string | undefined {
  const trimmed = value.trim();
  if (isRelationType(trimmed)) return trimmed;
  // camelCase humps become word breaks before everything is upper-cased.
  const snake = words(trimmed.replace(/([a-z0-9])([A-Z])/g, '$1 $2'))
    .join('_')
    .toUpperCase()
    .slice(0, 64)
    .replace(/_+$/, '');
  return isRelationType(snake) ? snake : undefined;
}

/**
 * Maps the ids of one file to slugs, consistently: the same id always gets the same slug, and two
 * different ids never share one (a `-2`, `-3` suffix tells them apart). Ids that are slugs already are
 * kept whatever order they come in, so that our own exports keep their ids, and edges still meet the
 * nodes they name because they are mapped through the same table.
 */
export class IdMap {
  private readonly slugs = new Map<string, string>();
  private readonly taken = new Set<string>();

  /**
   * @param items every item of the file: `key` to look it up by, the `id` the file gives it (if any), and a
   *   fallback (a name) to make a slug from when the id is missing or has no letters or digits
   * @param prefix the slug of last resort, e.g. `node` (then `node-2`, `node-3`, …)
   */
  constructor(items: readonly { key: string; id?: string; fallback?: string }[], prefix: string) {
    for (const { key, id } of items) {
      if (id !== undefined && ID_PATTERN.test(id) && !this.taken.has(id)) {
        this.slugs.set(key, id);
        this.taken.add(id);
      }
    }
    for (const { key, id, fallback } of items) {
      if (this.slugs.has(key)) continue;
      const base =
        (id === undefined ? '' : slugify(id)) || (fallback === undefined ? '' : slugify(fallback)) || prefix;
      let slug = base;
      for (let n = 2; this.taken.has(slug); n += 1) slug = `${base.slice(0, 120)}-${n}`;
      this.slugs.set(key, slug);
      this.taken.add(slug);
    }
  }

  /** The slug given to the item with `key`, or undefined when it was not among the items the map was made with. */
  get(key: string): string | undefined {
    return this.slugs.get(key);
  }
}
