'use client';

import { useState } from 'react';
import type { MouseEvent } from 'react';
import type { EntitySummary, RelationView } from '@/app/lib/queries';
import { nextSortOrder, sortEntities, sortRelations } from './table-sort';
import type { EntityColumn, RelationColumn, SortOrder } from './table-sort';
import { humanizeType } from '@/app/lib/type-style';
import { TableSortHeader } from './TableSortHeader';
import { TypeLabel } from '@/app/lib/TypeSwatch';
import './table.css';

interface TableViewProps {
  nodes: readonly EntitySummary[];
  edges: readonly RelationView[];
  selectedIds: ReadonlySet<string>;
  onSelect(id: string, kind: 'node' | 'edge', additive: boolean): void;
}

/** Past this many rows a table shows the first ones and a "show all" button: the page stays quick. */
const TABLE_ROW_LIMIT = 500;

/**
 * What is on the canvas as two accessible tables, for people who would rather read than look (and for
 * screen readers, which cannot see a canvas). The explorer passes only what its filters show. Each row's
 * first cell is a button (Tab to it, Enter to select); a click anywhere on a row selects too, Shift adds to
 * the selection. The selected rows' buttons are pressed.
 */
export function TableView({ nodes, edges, selectedIds, onSelect }: TableViewProps) {
  const [entityOrder, setEntityOrder] = useState<SortOrder<EntityColumn>>({
    column: 'name',
    direction: 'ascending',
  });
  const [relationOrder, setRelationOrder] = useState<SortOrder<RelationColumn>>({
    column: 'source',
    direction: 'ascending',
  });
  const [allEntities, setAllEntities] = useState(false);
  const [allRelations, setAllRelations] = useState(false);

  const entityRows = sortEntities(nodes, entityOrder);
  const relationRows = sortRelations(edges, relationOrder);
  const shownEntities = allEntities ? entityRows : entityRows.slice(0, TABLE_ROW_LIMIT);
  const shownRelations = allRelations ? relationRows : relationRows.slice(0, TABLE_ROW_LIMIT);

  // The row's button gets the click too (Enter on it is a click), so one handler on the row serves both.
  // Links in a row go where they point instead.
  const rowClick = (id: string, kind: 'node' | 'edge') => (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.target instanceof Element && event.target.closest('a') !== null) return;
    onSelect(id, kind, event.shiftKey);
  };

  return (
    <div className="table-view" data-testid="table-view">
      <table className="data-table" data-testid="entity-table">
        <caption>
          Entities on the canvas <span className="table-count">({nodes.length})</span>
        </caption>
        <thead>
          <tr>
            <TableSortHeader
              column="name"
              label="Name"
              order={entityOrder}
              onSort={(c) => setEntityOrder((o) => nextSortOrder(o, c))}
            />
            <TableSortHeader
              column="type"
              label="Type"
              order={entityOrder}
              onSort={(c) => setEntityOrder((o) => nextSortOrder(o, c))}
            />
            <TableSortHeader
              column="degree"
              label="Relations"
              className="table-number"
              order={entityOrder}
              onSort={(c) => setEntityOrder((o) => nextSortOrder(o, c))}
            />
          </tr>
        </thead>
        <tbody>
          {shownEntities.map((node) => {
            const selected = selectedIds.has(node.id);
            return (
              <tr
                key={node.id}
                data-id={node.id}
                className={selected ? 'is-selected' : undefined}
                onClick={rowClick(node.id, 'node')}
              >
                <td>
                  <button type="button" className="table-select" aria-pressed={selected}>
                    {node.name}
                  </button>
                </td>
                <td>
                  <TypeLabel type={node.type} label={humanizeType(node.type)} />
                </td>
                <td className="table-number">{node.degree}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowAll
        shown={shownEntities.length}
        total={entityRows.length}
        what="entities"
        onShowAll={() => setAllEntities(true)}
      />

      <table className="data-table" data-testid="relation-table">
        <caption>
          Relations on the canvas <span className="table-count">({edges.length})</span>
        </caption>
        <thead>
          <tr>
            <TableSortHeader
              column="source"
              label="Source"
              order={relationOrder}
              onSort={(c) => setRelationOrder((o) => nextSortOrder(o, c))}
            />
            <TableSortHeader
              column="type"
              label="Relation"
              order={relationOrder}
              onSort={(c) => setRelationOrder((o) => nextSortOrder(o, c))}
            />
            <TableSortHeader
              column="target"
              label="Target"
              order={relationOrder}
              onSort={(c) => setRelationOrder((o) => nextSortOrder(o, c))}
            />
            <TableSortHeader
              column="statement"
              label="Statement"
              order={relationOrder}
              onSort={(c) => setRelationOrder((o) => nextSortOrder(o, c))}
            />
          </tr>
        </thead>
        <tbody>
          {shownRelations.map((edge) => {
            const selected = selectedIds.has(edge.id);
            return (
              <tr
                key={edge.id}
                data-id={edge.id}
                className={selected ? 'is-selected' : undefined}
                onClick={rowClick(edge.id, 'edge')}
              >
                <td>{edge.source.name}</td>
                <td>
                  <button
                    type="button"
                    className="table-select relation-type"
                    aria-pressed={selected}
                    aria-label={`${edge.source.name} ${edge.type} ${edge.target.name}`}
                  >
                    {edge.type}
                  </button>
                </td>
                <td>{edge.target.name}</td>
                <td className="table-statement">{edge.statement ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ShowAll
        shown={shownRelations.length}
        total={relationRows.length}
        what="relations"
        onShowAll={() => setAllRelations(true)}
      />
    </div>
  );
}

function ShowAll(props: { shown: number; total: number; what: string; onShowAll(): void }) {
  if (props.shown >= props.total) return null;
  return (
    <p className="table-more">
      Showing the first {props.shown} of {props.total} {props.what}.{' '}
      <button type="button" className="button-link" onClick={props.onShowAll}>
        Show all {props.total} {props.what}
      </button>
    </p>
  );
}
