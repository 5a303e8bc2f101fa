/**
 * How each entity type and relation type looks on the canvas and in the legend. Colours come from the
 * Okabe–Ito and Paul Tol palettes, which stay distinguishable for the common forms of colour blindness;
 * every entity type also has its own shape, so colour is never the only cue. Types we have not met get a
 * neutral grey and a shape of their own instead of borrowing another type's look.
 */

/** The Cytoscape node shapes we use (a subset of `cytoscape.Css.NodeShape`, which the legend can draw too). */
export type EntityShape =
  | 'ellipse'
  | 'diamond'
  | 'hexagon'
  | 'round-rectangle'
  | 'octagon'
  | 'barrel'
  | 'round-tag'
  | 'star'
  | 'triangle'
  | 'rhomboid'
  | 'pentagon'
  | 'concave-hexagon'
  | 'cut-rectangle'
  | 'rectangle';

export interface EntityTypeStyle {
  color: string;
  shape: EntityShape;
}

const ENTITY_STYLES: ReadonlyMap<string, EntityTypeStyle> = new Map(
  Object.entries({
    Person: { color: '#0072B2', shape: 'ellipse' },
    Judge: { color: '#332288', shape: 'diamond' },
    Country: { color: '#009E73', shape: 'hexagon' },
    GovernmentBody: { color: '#D55E00', shape: 'round-rectangle' },
    Prison: { color: '#4D4D4D', shape: 'octagon' },
    MediaOrganization: { color: '#E69F00', shape: 'barrel' },
    Program: { color: '#CC79A7', shape: 'round-tag' },
    Documentary: { color: '#882255', shape: 'star' },
    Segment: { color: '#C99A2E', shape: 'triangle' },
    Platform: { color: '#56B4E9', shape: 'rhomboid' },
    Law: { color: '#117733', shape: 'pentagon' },
    Group: { color: '#AA4499', shape: 'concave-hexagon' },
    Organization: { color: '#44AA99', shape: 'cut-rectangle' },
  } satisfies Record<string, EntityTypeStyle>),
);

/** What an entity type we have no style for looks like. */
export const DEFAULT_ENTITY_STYLE: EntityTypeStyle = { color: '#8B95A1', shape: 'rectangle' };

/** Colour and shape of an entity type; the neutral default for types not in the table. */
export function entityTypeStyle(type: string): EntityTypeStyle {
  return ENTITY_STYLES.get(type) ?? DEFAULT_ENTITY_STYLE;
}

export interface RelationTypeStyle {
  color: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
}

// Speech is dashed blue, criticism solid vermillion: the two things a reader of a news graph looks for
// first. Everything else is a quiet grey so those two stand out.
const SPEECH: RelationTypeStyle = { color: '#2F6FA3', lineStyle: 'dashed' };
const RELATION_STYLES: ReadonlyMap<string, RelationTypeStyle> = new Map(
  Object.entries({
    SAID: SPEECH,
    REPLIED_TO: SPEECH,
    CRITICIZED: { color: '#C24E0A', lineStyle: 'solid' },
    ORDERED: { color: '#5B6670', lineStyle: 'solid' },
    PULLED: { color: '#5B6670', lineStyle: 'solid' },
  } satisfies Record<string, RelationTypeStyle>),
);

export const DEFAULT_RELATION_STYLE: RelationTypeStyle = { color: '#A3ADB8', lineStyle: 'solid' };

/** Every colour a relation can be drawn in (the legend's relation keys), the default's included. */
export function relationColours(): string[] {
  return [...new Set([...RELATION_STYLES.values(), DEFAULT_RELATION_STYLE].map((style) => style.color))];
}

/** Colour and line style of a relation type; a quiet grey solid line for the rest. */
export function relationTypeStyle(type: string): RelationTypeStyle {
  return RELATION_STYLES.get(type) ?? DEFAULT_RELATION_STYLE;
}

/** "MediaOrganization" → "Media organization": how a type reads in the legend and panels. */
export function humanizeType(type: string): string {
  const words = type
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
