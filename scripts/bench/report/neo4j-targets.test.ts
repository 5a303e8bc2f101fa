import { describe, expect, it } from 'vitest';
import type { HttpCell } from '../measure/graphql-bench';
import type { InProcessKind } from '../measure/in-process-worker';
import type { Neo4jImportRow } from '../measure/neo4j-import-bench';
import { judgeNeo4jTargets } from './neo4j-targets';
import { sideBySide, sizesOnBothStores } from './side-by-side';
import type { BenchReport, BenchStore, GraphqlSection } from './types';

const latency = (p50: number, p99 = p50) => ({ p50, p95: p99, p99, mean: p50, samples: 10 });
const kind = (p50: number, p99 = p50): InProcessKind => ({
  reps: [],
  median: latency(p50, p99),
  hotSpots: [],
});
const cell = (kindName: HttpCell['kind'], connections: number, p50: number, p99 = p50): HttpCell => ({
  kind: kindName,
  connections,
  skipped: null,
  run: {
    connections,
    seconds: 10,
    ok: 100,
    throughput: 1_000 / p50,
    latency: latency(p50, p99),
    statusCounts: { 200: 100 },
    errors: 0,
    timeouts: 0,
    graphqlErrors: 0,
  },
});

/** A served graph: in-process p50s per kind (search p99 given apart), HTTP at 1 client twice those. */
function section(
  store: BenchStore,
  relations: number,
  p50: { search: number; neighborhood1: number },
  searchP99: number,
): GraphqlSection {
  return {
    store,
    relations,
    entities: relations / 5,
    serverReadySeconds: 5,
    serverRssMb: 500,
    result: {
      inProcess: {
        loadSeconds: 1,
        rssMb: 300,
        kinds: {
          search: kind(p50.search, searchP99),
          neighborhood1: kind(p50.neighborhood1),
          neighborhood2: kind(10),
          shortestPath: kind(10),
          expansion: kind(10),
          details: kind(10),
        },
      },
      cells: [
        cell('search', 1, 2 * p50.search, 2 * searchP99),
        cell('neighborhood1', 1, 2 * p50.neighborhood1),
        cell('neighborhood1', 16, 20 * p50.neighborhood1),
      ],
    },
  };
}

function neo4jImport(relations: number, relationsPerSecond: number | null): Neo4jImportRow {
  return {
    relations,
    entities: relations / 5,
    runs: 1,
    seed: {
      seconds: relationsPerSecond === null ? null : relations / relationsPerSecond,
      relationsPerSecond,
      steps: {},
      error: relationsPerSecond === null ? 'Neo4jError: out of memory' : null,
    },
    serverCpuSeconds: 10,
    clientCpuSeconds: 5,
  };
}

function report(graphql: GraphqlSection[], imports: Neo4jImportRow[]): BenchReport {
  return {
    formatVersion: 2,
    startedAt: '2026-12-03T10:30:00.000Z',
    finishedAt: '2026-12-03T10:50:00.000Z',
    machine: {
      cpu: 'cpu',
      cores: 2,
      memoryGb: 24,
      os: 'Linux',
      node: 'v20',
      commit: 'abc',
      uncommittedChanges: 0,
      loadAtStart: 0,
    },
    settings: {
      stores: ['embedded', 'neo4j'],
      importSizes: [10_000, 500_000],
      targetRelations: 500_000,
      fitsRelations: 10_000,
      cellSeconds: 10,
      seed: 1,
    },
    import: [],
    neo4j: { heapMiB: 4096, pageCacheMiB: 1024, startSeconds: 20 },
    neo4jImport: imports,
    graphql,
    page: [],
    notes: [],
  };
}

describe('judgeNeo4jTargets', () => {
  it('meets every target when Neo4j imports fast, answers within 3× and searches under 50 ms', () => {
    const verdicts = judgeNeo4jTargets(
      report(
        [
          section('embedded', 500_000, { search: 5, neighborhood1: 1 }, 20),
          section('neo4j', 500_000, { search: 8, neighborhood1: 3 }, 24),
        ],
        [neo4jImport(500_000, 12_000)],
      ),
    );
    expect(verdicts.map((v) => v.verdict)).toEqual(['met', 'met', 'met', 'met']);
    // Over HTTP 6 ms against 2 ms is exactly the allowed 3×; the store calls are 3 ms against 1 ms.
    expect(verdicts[1]?.measured).toBe('3.00×; the store call alone 3.00× (3.0 ms against 1.0 ms)');
  });

  it('says by how much each target is missed, search judged on its slower of in-process and HTTP', () => {
    const [importSpeed, neighborhood, embeddedSearch, neo4jSearch] = judgeNeo4jTargets(
      report(
        [
          section('embedded', 500_000, { search: 5, neighborhood1: 1 }, 20),
          section('neo4j', 500_000, { search: 100, neighborhood1: 12 }, 300),
        ],
        [neo4jImport(500_000, 2_500)],
      ),
    );
    expect(importSpeed?.verdict).toBe('missed');
    expect(importSpeed?.by).toBe('0.25 of the goal (4.0× too slow); Neo4j used 10.0 s of CPU in 200.0 s');
    expect(neighborhood?.verdict).toBe('missed');
    expect(neighborhood?.by).toBe('4.0× the allowed ratio');
    // Embedded: in-process p99 20 ms, HTTP p99 40 ms: both under 50.
    expect(embeddedSearch?.verdict).toBe('met');
    // Neo4j: HTTP p99 600 ms is the worse of the two.
    expect(neo4jSearch?.verdict).toBe('missed');
    expect(neo4jSearch?.by).toBe('12× over');
  });

  it('counts a failed import as missed with its error, and falls back to the largest graph both stores served', () => {
    const [importSpeed, neighborhood, , neo4jSearch] = judgeNeo4jTargets(
      report(
        [
          section('embedded', 10_000, { search: 1, neighborhood1: 1 }, 2),
          section('neo4j', 10_000, { search: 2, neighborhood1: 2 }, 4),
        ],
        [neo4jImport(500_000, null)],
      ),
    );
    expect(importSpeed?.verdict).toBe('missed');
    expect(importSpeed?.by).toBe('Neo4jError: out of memory');
    expect(neighborhood?.verdict).toBe('met');
    expect(neighborhood?.goal).toBe('≤ 3× on 2k entities / 10k relations');
    expect(neo4jSearch?.verdict).toBe('not measured');
  });

  it('judges nothing when the run left Neo4j out', () => {
    const embeddedOnly = report([section('embedded', 500_000, { search: 5, neighborhood1: 1 }, 20)], []);
    embeddedOnly.settings.stores = ['embedded'];
    expect(judgeNeo4jTargets(embeddedOnly)).toEqual([]);
  });
});

describe('sideBySide', () => {
  it('pairs the same question on both stores, in-process then HTTP, with Neo4j ÷ embedded', () => {
    const both = report(
      [
        section('embedded', 10_000, { search: 2, neighborhood1: 1 }, 4),
        section('neo4j', 10_000, { search: 5, neighborhood1: 4 }, 8),
        section('embedded', 500_000, { search: 20, neighborhood1: 2 }, 40),
      ],
      [],
    );
    expect(sizesOnBothStores(both)).toEqual([10_000]);
    expect(sideBySide(both, 500_000)).toEqual([]);
    const rows = sideBySide(both, 10_000);
    const neighborhood = rows.filter((r) => r.kind === 'neighborhood1');
    expect(neighborhood.map((r) => r.clients)).toEqual([null, 1, 16]);
    expect(neighborhood.map((r) => r.p50Ratio)).toEqual([4, 4, 4]);
    const search = rows.find((r) => r.kind === 'search' && r.clients === null);
    expect(search?.p50Ratio).toBe(2.5);
    expect(search?.p99Ratio).toBe(2);
    // HTTP cells that ran on neither store are left out; the kinds with no HTTP cells keep their in-process row.
    expect(rows.filter((r) => r.kind === 'shortestPath').map((r) => r.clients)).toEqual([null]);
  });
});
