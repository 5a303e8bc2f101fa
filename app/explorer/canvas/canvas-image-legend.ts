import type { CanvasGraph } from '@/app/lib/graph-data';
import { entityTypeCounts, relationTypeCounts } from '@/app/lib/graph-data';
import { entityTypeStyle, humanizeType, relationTypeStyle } from '@/app/lib/type-style';
import type { RelationTypeStyle } from '@/app/lib/type-style';
import type { LegendEntry } from './canvas-image-frame';
import { PATH } from './canvas-marks-style';

/** More relation types than this sharing one look read as "other relations" rather than a list. */
const MAX_NAMED_TYPES_PER_LINE = 3;

/**
 * The picture's legend: the entity types drawn (shape and colour, most common first), then one key per
 * relation line style drawn. Most relation types share a quiet grey line, so the types of one look are
 * named together ("said, replied to"), and a look shared by many reads "other relations".
 */
export function pictureLegend(graph: CanvasGraph): LegendEntry[] {
  const entities: LegendEntry[] = entityTypeCounts(graph).map(({ type }) => ({
    kind: 'entity',
    label: humanizeType(type),
    ...entityTypeStyle(type),
  }));
  const byLook = new Map<string, RelationTypeStyle & { types: string[] }>();
  for (const { type } of relationTypeCounts(graph)) {
    const style = relationTypeStyle(type);
    const key = `${style.color} ${style.lineStyle}`;
    const look = byLook.get(key) ?? { ...style, types: [] };
    look.types.push(type);
    byLook.set(key, look);
  }
  const relations: LegendEntry[] = [...byLook.values()].map((look) => ({
    kind: 'relation',
    color: look.color,
    lineStyle: look.lineStyle,
    label:
      look.types.length > MAX_NAMED_TYPES_PER_LINE
        ? 'other relations'
        : look.types.map((type) => humanizeType(type).toLowerCase()).join(', '),
  }));
  return [...entities, ...relations];
}

/**
 * The legend with a key for the path highlight when a drawn path is in the picture (its colour is no
 * relation type's); a legend left out stays out.
 */
export function withPathKey(legend: readonly LegendEntry[], pathDrawn: boolean): readonly LegendEntry[] {
  if (!pathDrawn || legend.length === 0) return legend;
  return [...legend, { kind: 'relation', label: 'path found', color: PATH, lineStyle: 'solid' }];
}
