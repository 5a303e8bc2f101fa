import type { TypeCount } from '@/app/lib/graph-data';
import { humanizeType, relationTypeStyle } from '@/app/lib/type-style';
import type { RelationTypeStyle } from '@/app/lib/type-style';
import { TypeSwatch } from './TypeSwatch';

interface LegendProps {
  entityTypes: readonly TypeCount[];
  relationTypes: readonly TypeCount[];
}

/**
 * What the shapes and lines on the canvas mean, for the types drawn right now, with how many of each. It
 * sits under the canvas rather than over it, so it never hides a node.
 */
export function Legend({ entityTypes, relationTypes }: LegendProps) {
  if (entityTypes.length === 0) return null;
  return (
    <section className="legend" aria-labelledby="legend-heading" data-testid="legend">
      <h2 id="legend-heading" className="legend-title">
        Legend
      </h2>
      <ul className="legend-entities" aria-label="Entity types on the canvas">
        {entityTypes.map(({ type, count }) => (
          <li key={type} className="legend-item" data-type={type}>
            <TypeSwatch type={type} />
            <span className="legend-name">{humanizeType(type)}</span>
            <span className="legend-count">{count}</span>
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
          </summary>
          <ul className="legend-relation-list" aria-label="Relation types on the canvas">
            {relationTypes.map(({ type, count }) => (
              <li key={type} className="legend-item">
                <LineKey style={relationTypeStyle(type)} />
                <span className="legend-name legend-relation-name">{type}</span>
                <span className="legend-count">{count}</span>
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
