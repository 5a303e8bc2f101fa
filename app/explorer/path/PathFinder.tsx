'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { FailureAction } from '@/app/lib/FailureAction';
import { explainFailure } from '@/app/lib/failure-messages';
import { gql, isAbortError } from '@/app/lib/graphql-client';
import type { GraphQLRequestError } from '@/app/lib/graphql-client';
import { pathEntityNames } from './path-chain';
import type { DrawnPath } from './path-chain';
import { needsTypeLists, pathTypeFilters } from './path-filters';
import { DEFAULT_PATH_DEPTH, MAX_PATH_DEPTH, MIN_PATH_DEPTH, PATH_TYPES_QUERY } from './path-query';
import type { PathTypesResult } from './path-query';
import { SHORTEST_PATH_QUERY } from '@/app/lib/queries';
import type { RelationView, ShortestPathResult, SubgraphView } from '@/app/lib/queries';
import { toRequestError } from '@/app/lib/use-async';
import { PathEndPicker } from './PathEndPicker';
import type { PathEnd } from './PathEndPicker';
import { PathHops } from './PathHops';
import './path.css';

export type { PathEnd } from './PathEndPicker';

interface PathFinderProps {
  from: PathEnd | null;
  to: PathEnd | null;
  onChangeEnds(from: PathEnd | null, to: PathEnd | null): void;
  hiddenEntityTypes: readonly string[];
  hiddenRelationTypes: readonly string[];
  /** The path drawn on the canvas (found here, or opened from a link): its hops are listed here. */
  drawnPath: DrawnPath | null;
  onPath(path: SubgraphView, from: string): void;
  onNoPath(): void;
  onSelectRelation(relation: RelationView): void;
  onClose(): void;
}

/** What the last "Find path" came to, for the two ends it was asked about. */
type Search =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | { status: 'found'; key: string }
  | { status: 'none'; key: string; from: PathEnd; to: PathEnd; depth: number; filtered: boolean }
  | { status: 'failed'; key: string; error: GraphQLRequestError };

type StoreTypes = { entityTypes: string[]; relationTypes: string[] };

const DEPTHS = Array.from({ length: MAX_PATH_DEPTH - MIN_PATH_DEPTH + 1 }, (_, i) => MIN_PATH_DEPTH + i);

/**
 * The path finder panel: two entity pickers, a depth, and "Find path" — one `shortestPath` request under
 * the explorer's filters (hidden types become the allowed lists the API takes, read once from `stats`).
 * The explorer draws and highlights the path (`onPath`) and this panel lists the path drawn on the canvas
 * (`drawnPath`, also when a link opened it) as the chain of hops in path order, each relation as stored
 * with its evidence and a link to the sentence. No path, or a failure, is said in words in the panel.
 */
export function PathFinder(props: PathFinderProps) {
  const { from, to } = props;
  const [depth, setDepth] = useState<number>(DEFAULT_PATH_DEPTH);
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const storeTypes = useRef<StoreTypes | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  const headingId = useId();
  const depthId = useId();

  useEffect(() => () => inFlight.current?.abort(), []);

  const filtered = needsTypeLists(props.hiddenEntityTypes, props.hiddenRelationTypes);
  // A result belongs to the ends, depth and filters it was asked with; change any and it is gone.
  const key = JSON.stringify([from?.id, to?.id, depth, props.hiddenEntityTypes, props.hiddenRelationTypes]);
  const current = search.status !== 'idle' && search.key === key ? search : null;
  const sameEnd = from !== null && to !== null && from.id === to.id;

  async function loadStoreTypes(signal: AbortSignal): Promise<StoreTypes> {
    if (storeTypes.current !== null) return storeTypes.current;
    const { stats } = await gql<PathTypesResult>(PATH_TYPES_QUERY, {}, { signal });
    storeTypes.current = {
      entityTypes: stats.entityTypes.map((t) => t.type),
      relationTypes: stats.relationTypes.map((t) => t.type),
    };
    return storeTypes.current;
  }

  async function findPath() {
    if (from === null || to === null || sameEnd) return;
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setSearch({ status: 'loading', key });
    try {
      const filters = filtered
        ? pathTypeFilters(await loadStoreTypes(controller.signal), {
            entityTypes: props.hiddenEntityTypes,
            relationTypes: props.hiddenRelationTypes,
          })
        : {};
      const { shortestPath } = await gql<ShortestPathResult>(
        SHORTEST_PATH_QUERY,
        { from: from.id, to: to.id, maxDepth: depth, ...filters },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      if (shortestPath === null) {
        setSearch({ status: 'none', key, from, to, depth, filtered });
        props.onNoPath();
      } else {
        setSearch({ status: 'found', key });
        props.onPath(shortestPath, from.id);
      }
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      setSearch({ status: 'failed', key, error: toRequestError(error) });
    }
  }

  return (
    <section className="path-finder" aria-labelledby={headingId} data-testid="path-finder">
      <header className="path-finder-header">
        <h2 id={headingId} className="path-finder-title">
          Path finder
        </h2>
        <button type="button" className="modal-close" onClick={props.onClose} aria-label="Close path finder">
          ✕
        </button>
      </header>
      <form
        className="path-form"
        onSubmit={(event) => {
          event.preventDefault();
          void findPath();
        }}
      >
        <PathEndPicker label="From" value={from} onChange={(end) => props.onChangeEnds(end, to)} />
        <button
          type="button"
          className="button-quiet path-swap"
          onClick={() => props.onChangeEnds(to, from)}
          disabled={from === null && to === null}
        >
          <span aria-hidden="true">⇅</span> Swap ends
        </button>
        <PathEndPicker label="To" value={to} onChange={(end) => props.onChangeEnds(from, end)} />
        <div className="path-options">
          <label htmlFor={depthId}>At most</label>
          <select id={depthId} value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
            {DEPTHS.map((d) => (
              <option key={d} value={d}>
                {d} {d === 1 ? 'hop' : 'hops'}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button-primary"
            disabled={from === null || to === null || sameEnd || current?.status === 'loading'}
          >
            Find path
          </button>
        </div>
        {filtered && (
          <p className="path-note">
            The path avoids the types hidden in the legend (
            {describeHidden(props.hiddenEntityTypes, props.hiddenRelationTypes)}).
          </p>
        )}
      </form>
      <PathOutcome
        search={current}
        drawn={
          props.drawnPath !== null && props.drawnPath.from.id === from?.id && props.drawnPath.to.id === to?.id
            ? props.drawnPath
            : null
        }
        sameEnd={sameEnd}
        onRetry={() => void findPath()}
        onSelectRelation={props.onSelectRelation}
      />
    </section>
  );
}

function describeHidden(entityTypes: readonly string[], relationTypes: readonly string[]): string {
  const parts: string[] = [];
  if (entityTypes.length > 0)
    parts.push(`${entityTypes.length} entity ${entityTypes.length === 1 ? 'type' : 'types'}`);
  if (relationTypes.length > 0) {
    parts.push(`${relationTypes.length} relation ${relationTypes.length === 1 ? 'type' : 'types'}`);
  }
  return parts.join(', ');
}

/** The answer: a status line (always present, so screen readers hear each outcome) and the chain of hops. */
function PathOutcome(props: {
  search: Exclude<Search, { status: 'idle' }> | null;
  /** The path drawn on the canvas between the finder's two ends, if there is one. */
  drawn: DrawnPath | null;
  sameEnd: boolean;
  onRetry(): void;
  onSelectRelation(relation: RelationView): void;
}) {
  const { search, drawn } = props;
  if (search?.status === 'failed') {
    const explanation = explainFailure('find a path', search.error);
    return (
      <div className="path-error" role="alert">
        <p className="path-error-title">{explanation.title}</p>
        <p>{explanation.detail}</p>
        <FailureAction explanation={explanation} onRetry={props.onRetry} look="link" />
      </div>
    );
  }
  let status = '';
  if (props.sameEnd) status = 'Choose two different entities.';
  else if (search?.status === 'loading') status = 'Looking for a path…';
  else if (search?.status === 'none') {
    status = `No path between ${search.from.name} and ${search.to.name} within ${search.depth} ${search.depth === 1 ? 'hop' : 'hops'}${search.filtered ? ' under the current filters' : ''}.`;
  } else if (drawn !== null) {
    const count = drawn.hops.length;
    status = `${count} ${count === 1 ? 'hop' : 'hops'}: ${pathEntityNames(drawn.hops).join(' → ')}`;
  }
  return (
    <div className="path-result">
      <p
        role="status"
        className={search?.status === 'none' ? 'path-status path-none' : 'path-status'}
        data-testid="path-status"
      >
        {status}
      </p>
      {drawn !== null && search?.status !== 'loading' && search?.status !== 'none' && (
        <PathHops hops={drawn.hops} onSelectRelation={props.onSelectRelation} />
      )}
    </div>
  );
}
