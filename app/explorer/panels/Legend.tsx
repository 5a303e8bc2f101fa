import type { TypeCount } from '@/app/lib/graph-data';
import { humanizeType, relationTypeStyle } from '@/app/lib/type-style';
import type { RelationTypeStyle } from '@/app/lib/type-style';
import { TypeSwatch } from '@/app/lib/TypeSwatch';
import './panels.css';

interface LegendProps {
  /** Entity types on the canvas (hidden ones included) with how many of each. */
  entityTypes: readonly TypeCount[];
  relationTypes: readonly TypeCount[];
  hiddenEntityTypes: ReadonlySet<string>;
  hiddenRelationTypes: ReadonlySet<string>;
  onToggleEntityType: (type: string) => void;
  onToggleRelationType: (type: string) => void;
}

/**
 * What the shapes and lines on the canvas mean, for the types on it, with how many of each; each type is
 * also a toggle (pressed = shown) that filters it out of the drawing and back. It sits under the canvas
 * rather than over it, so it never hides a node.
 */
export function Legend(props: LegendProps) {
  const { entityTypes, relationTypes, hiddenEntityTypes, hiddenRelationTypes } = props;
  if (entityTypes.length === 0) return null;
  const hiddenRelations = relationTypes.filter((r) => hiddenRelationTypes.has(r.type)).length;
  return (
    <section className="legend" aria-labelledby="legend-heading" data-testid="legend">
      <h2 id="legend-heading" className="legend-title">
        Legend
      </h2>
      <ul className="legend-entities" aria-label="Entity types on the canvas (press to show or hide)">
        {entityTypes.map(({ type, count }) => (
          <li key={type} className="legend-item" data-type={type}>
            <button
              type="button"
              className="legend-toggle"
              aria-pressed={!hiddenEntityTypes.has(type)}
              onClick={() => props.onToggleEntityType(type)}
              data-testid="entity-type-toggle"
              data-type={type}
            >
              <TypeSwatch type={type} />
              <span className="legend-name">{humanizeType(type)}</span>
              <span className="legend-count">{count}</span>
            </button>
          </li>
        ))}
      </ul>
      {relationTypes.length > 0 && (
        <details className="legend-relations">
          <summary>
            <LineKey style={relationTypeStyle('SAID')} /> speech
            <LineKey style={relationTypeStyle('CRITICIZED')} /> criticism
            <LineKey style={relationTypeStyle('ORDERED')} /> orders, pulls
            <LineKey style={relationTypeStyle('')} /> other · {relationTypes.length} relation types
            {hiddenRelations > 0 ? ` (${hiddenRelations} hidden)` : ''}
          </summary>
          <ul
            className="legend-relation-list"
            aria-label="Relation types on the canvas (press to show or hide)"
          >
            {relationTypes.map(({ type, count }) => (
              <li key={type} className="legend-item">
                <button
                  type="button"
                  className="legend-toggle"
                  aria-pressed={!hiddenRelationTypes.has(type)}
                  onClick={() => props.onToggleRelationType(type)}
                  data-testid="relation-type-toggle"
                  data-type={type}
                >
                  <LineKey style={relationTypeStyle(type)} />
                  <span className="legend-name legend-relation-name">{type}</span>
                  <span className="legend-count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function LineKey({ style }: { style: RelationTypeStyle }) {
  return (
    <svg className="line-key" width="24" height="10" viewBox="0 0 24 10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="17"
        y2="5"
        stroke={style.color}
        strokeWidth="2"
        strokeDasharray={
          style.lineStyle === 'dashed' ? '4 2.5' : style.lineStyle === 'dotted' ? '1.5 2' : undefined
        }
      />
      <path d="M16 1.5 L23 5 L16 8.5 Z" fill={style.color} />
    </svg>
  );
}
