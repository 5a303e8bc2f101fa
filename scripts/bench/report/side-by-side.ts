import type { LatencySummary } from '../harness/stats';
import { CONCURRENCIES } from '../measure/graphql-bench';
import type { QueryKind } from '../measure/query-kinds';
import { QUERY_KINDS } from '../measure/query-kinds';
import type { BenchReport, GraphqlSection } from './types';

/** One question asked of both stores the same way: in-process (clients null) or over HTTP. */
export interface SideBySideRow {
  kind: QueryKind;
  /** null: the store call in-process, one at a time; otherwise HTTP clients in flight. */
  clients: number | null;
  embedded: LatencySummary | null;
  neo4j: LatencySummary | null;
  /** Neo4j's p50 over the embedded store's; null unless both ran. */
  p50Ratio: number | null;
  p99Ratio: number | null;
  /** Answers per second (HTTP only). */
  embeddedThroughput: number | null;
  neo4jThroughput: number | null;
}

/** The graph sizes both stores were served at, smallest first. */
export function sizesOnBothStores(report: BenchReport): number[] {
  const of = (store: GraphqlSection['store']) =>
    new Set(report.graphql.filter((g) => g.store === store).map((g) => g.relations));
  const neo4j = of('neo4j');
  return [...of('embedded')].filter((size) => neo4j.has(size)).sort((a, b) => a - b);
}

/**
 * The two stores' answers to the same questions at one size, row by row (in-process first, then each
 * HTTP concurrency), with Neo4j ÷ embedded. A cell that did not run, or answered nothing, is null.
 */
export function sideBySide(report: BenchReport, relations: number): SideBySideRow[] {
  const embedded = report.graphql.find((g) => g.store === 'embedded' && g.relations === relations);
  const neo4j = report.graphql.find((g) => g.store === 'neo4j' && g.relations === relations);
  if (embedded === undefined || neo4j === undefined) return [];
  const rows: SideBySideRow[] = [];
  for (const kind of QUERY_KINDS) {
    const own = (s: GraphqlSection) => s.result.inProcess.kinds[kind].median;
    rows.push(row(kind, null, own(embedded), own(neo4j), null, null));
    for (const clients of CONCURRENCIES) {
      const run = (s: GraphqlSection) => {
        const cell = s.result.cells.find((c) => c.kind === kind && c.connections === clients)?.run;
        return cell === undefined || cell === null || cell.ok === 0 ? null : cell;
      };
      const [e, n] = [run(embedded), run(neo4j)];
      if (e === null && n === null) continue;
      rows.push(
        row(
          kind,
          clients,
          e?.latency ?? null,
          n?.latency ?? null,
          e?.throughput ?? null,
          n?.throughput ?? null,
        ),
      );
    }
  }
  return rows;
}

function row(
  kind: QueryKind,
  clients: number | null,
  embedded: LatencySummary | null,
  neo4j: LatencySummary | null,
  embeddedThroughput: number | null,
  neo4jThroughput: number | null,
): SideBySideRow {
  const ratio = (key: 'p50' | 'p99') =>
    embedded === null || neo4j === null || !(embedded[key] > 0) ? null : neo4j[key] / embedded[key];
  return {
    kind,
    clients,
    embedded,
    neo4j,
    p50Ratio: ratio('p50'),
    p99Ratio: ratio('p99'),
    embeddedThroughput,
    neo4jThroughput,
  };
}
