import { ENTITIES_PARAM, HANDOFF_PARAM, SELECTED_PARAM } from '@/app/lib/explorer-link';
import { isLayoutName } from '@/app/explorer/layout/layouts';
import type { LayoutName } from '@/app/explorer/layout/layouts';
import type { Position } from '@/app/explorer/layout/placement';
import type { ViewSettings, ViewState } from './view-state';
import { isoDayOrNull } from '@/app/lib/date-range';

/**
 * The explorer's view in its URL, so a copied link reopens the same picture and back/forward move between
 * views. `e` and `sel` are the contract with other pages (explorer-link.ts); the rest is ours:
 *
 * - `xe` / `xr`: entity / relation types switched off in the legend;
 * - `xa`: articles (document ids) switched off in the article filter;
 * - `from` / `to`: the article filter's publication date range, ISO days;
 * - `h`: entities and relations hidden one by one;
 * - `pin`: pinned entities with their positions, `id:x:y`;
 * - `layout`: the layout's name (absent for the default, force);
 * - `pos`: every entity's position, `id:x:y`, only when the reader asks for it (links grow long);
 * - `path`: the drawn path, the entity it starts from first, then its other entities and relations.
 *
 * A new kind of view setting (a filter) adds its parameter here and its field to ViewSettings.
 * Ids are lowercase slugs and types PascalCase / UPPER_SNAKE_CASE, so commas and colons need no escaping.
 * Parsing is a boundary: anything that does not look right is dropped, never trusted.
 */

const HIDDEN_ENTITY_TYPES_PARAM = 'xe';
const HIDDEN_RELATION_TYPES_PARAM = 'xr';
const HIDDEN_ARTICLES_PARAM = 'xa';
const DATE_FROM_PARAM = 'from';
const DATE_TO_PARAM = 'to';
const HIDDEN_IDS_PARAM = 'h';
const PINNED_PARAM = 'pin';
const LAYOUT_PARAM = 'layout';
const POSITIONS_PARAM = 'pos';
const PATH_PARAM = 'path';

const ID = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;
const TYPE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** Past this many ids a URL would get too long for servers' header limits: the rest is left out. */
const MAX_IDS = 400;

/** What a view URL asks for: entities to draw and how to show them. */
export interface ViewRequest {
  entities: string[];
  settings: ViewSettings;
  /** A sessionStorage hand-off key (from the GraphQL console). */
  handoff: string | null;
  /** True when the link named entities but none of them could be read (`?e=%%%`). */
  unreadable: boolean;
}

export interface ViewUrlOptions {
  /** Where each entity is drawn, to include in the link; omitted unless the reader chose it. */
  positions?: ReadonlyMap<string, Position>;
}

/** The query string (with its `?`, or '' for an empty view) that describes `view`. */
export function viewSearch(view: ViewState, options: ViewUrlOptions = {}): string {
  const params: [string, string][] = [];
  const add = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.push([name, values.join(',')]);
  };
  add(ENTITIES_PARAM, [...view.graph.nodes.keys()].slice(0, MAX_IDS));
  add(SELECTED_PARAM, view.selection);
  add(HIDDEN_ENTITY_TYPES_PARAM, [...view.hiddenEntityTypes].sort());
  add(HIDDEN_RELATION_TYPES_PARAM, [...view.hiddenRelationTypes].sort());
  add(HIDDEN_ARTICLES_PARAM, [...view.hiddenArticles].sort());
  if (view.dateRange.from !== null) params.push([DATE_FROM_PARAM, view.dateRange.from]);
  if (view.dateRange.to !== null) params.push([DATE_TO_PARAM, view.dateRange.to]);
  add(HIDDEN_IDS_PARAM, [...view.hiddenIds]);
  add(
    PINNED_PARAM,
    [...view.pinned].map(([id, p]) => positionText(id, p)),
  );
  if (view.layout !== 'fcose') params.push([LAYOUT_PARAM, view.layout]);
  if (view.pathFrom !== null) {
    add(PATH_PARAM, [view.pathFrom, ...[...view.pathIds].filter((id) => id !== view.pathFrom)]);
  }
  if (options.positions !== undefined) {
    // Only the entities on the canvas: the canvas also remembers where removed ones were (for undo).
    add(
      POSITIONS_PARAM,
      [...options.positions].filter(([id]) => view.graph.nodes.has(id)).map(([id, p]) => positionText(id, p)),
    );
  }
  if (params.length === 0) return '';
  return `?${params.map(([name, value]) => `${name}=${encodeURIComponent(value).replaceAll('%2C', ',').replaceAll('%3A', ':')}`).join('&')}`;
}

/** Reads a view URL's query string. Unknown or malformed values are ignored. */
export function parseViewSearch(search: string): ViewRequest {
  const params = new URLSearchParams(search);
  const list = (name: string, pattern: RegExp) =>
    (params.get(name) ?? '')
      .split(',')
      .filter((value) => pattern.test(value))
      .slice(0, MAX_IDS);
  const layout = params.get(LAYOUT_PARAM) ?? '';
  const handoff = params.get(HANDOFF_PARAM);
  const entities = [...new Set(list(ENTITIES_PARAM, ID))];
  return {
    entities,
    handoff: handoff !== null && /^[a-z0-9]{1,40}$/.test(handoff) ? handoff : null,
    unreadable: entities.length === 0 && (params.get(ENTITIES_PARAM) ?? '') !== '',
    settings: {
      selection: list(SELECTED_PARAM, ID),
      hiddenEntityTypes: list(HIDDEN_ENTITY_TYPES_PARAM, TYPE),
      hiddenRelationTypes: list(HIDDEN_RELATION_TYPES_PARAM, TYPE),
      hiddenArticles: list(HIDDEN_ARTICLES_PARAM, ID),
      dateRange: {
        from: isoDayOrNull(params.get(DATE_FROM_PARAM)),
        to: isoDayOrNull(params.get(DATE_TO_PARAM)),
      },
      hiddenIds: list(HIDDEN_IDS_PARAM, ID),
      pinned: parsePositions(params.get(PINNED_PARAM)),
      layout: isLayoutName(layout) ? layout : ('fcose' satisfies LayoutName),
      positions: parsePositions(params.get(POSITIONS_PARAM)),
      path: list(PATH_PARAM, ID),
    },
  };
}

/** Whether two view searches differ only in what is selected (a selection replaces the history entry). */
export function differsOnlyInSelection(a: string, b: string): boolean {
  const strip = (search: string) => {
    const params = new URLSearchParams(search);
    params.delete(SELECTED_PARAM);
    return params.toString();
  };
  return strip(a) === strip(b);
}

function positionText(id: string, p: Position): string {
  return `${id}:${Math.round(p.x)}:${Math.round(p.y)}`;
}

function parsePositions(value: string | null): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const item of (value ?? '').split(',')) {
    const [id, x, y] = item.split(':');
    if (id === undefined || !ID.test(id) || x === undefined || y === undefined) continue;
    const position = { x: Number(x), y: Number(y) };
    if (Number.isFinite(position.x) && Number.isFinite(position.y) && x !== '' && y !== '') {
      positions.set(id, position);
    }
    if (positions.size >= MAX_IDS) break;
  }
  return positions;
}
