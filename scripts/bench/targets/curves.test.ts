import { describe, expect, it } from 'vitest';
import { curveTables, openTable, overheadTable } from './curves';
import { cell, inProcess, served, targetsReport } from './report-fixture';

const report = targetsReport({
  settings: { ...targetsReport().settings, kinds: ['search'], sizes: [10_000, 500_000] },
  inProcess: [
    { store: 'embedded', relations: 10_000, result: inProcess({ search: 2 }) },
    { store: 'neo4j', relations: 10_000, result: inProcess({ search: 4 }) },
  ],
  runs: [
    served('embedded', 10_000, 1, [cell('search', 1, 5, 9), cell('search', 16, 40, 80)]),
    served('neo4j', 10_000, 1, [cell('search', 1, 10, 20), cell('search', 16, null)]),
    served('embedded', 500_000, 2, [cell('search', 16, 100, 400)]),
  ],
  neo4j: { heapMiB: 8_192, pageCacheMiB: 2_048, startSeconds: 21.5 },
  neo4jRssMb: [{ relations: 10_000, rssMb: 1_500.4 }],
  neo4jImports: [
    {
      relations: 10_000,
      entities: 2_000,
      runs: 1,
      seed: { seconds: 2.5, relationsPerSecond: 4_000, steps: {}, error: null },
      serverCpuSeconds: 3,
      clientCpuSeconds: 1,
    },
  ],
});

describe('the curves', () => {
  const lines = curveTables(report);

  it('put the stores side by side for every size, process count and clients measured', () => {
    expect(lines).toContain(
      '| relations | processes | clients | embedded p50 / p99 | embedded req/s | Neo4j p50 / p99 | Neo4j req/s | Neo4j ÷ embedded, p50 |',
    );
    expect(lines).toContain('| 10,000 | 1 | 1 | 5.0 ms / 9.0 ms | 200 | 10.0 ms / 20.0 ms | 100 | 2.0× |');
  });

  it('say which cells did not run and leave the ratio out where a store has no answer', () => {
    expect(lines).toContain('| 10,000 | 1 | 16 | 40.0 ms / 80.0 ms | 25 | not run (too slow) | – | – |');
    expect(lines).toContain('| 500,000 | 2 | 16 | 100 ms / 400 ms | 10 | – | – | – |');
  });

  it('have no ratio column when one store was measured', () => {
    const one = curveTables({ ...report, settings: { ...report.settings, stores: ['embedded'] } });
    expect(one).toContain('| relations | processes | clients | embedded p50 / p99 | embedded req/s |');
  });
});

describe('the overhead table', () => {
  it('divides HTTP p50 at one client by the store call, per store and size', () => {
    expect(overheadTable(report)).toEqual([
      '| store | relations | search |',
      '| --- | ---: | ---: |',
      '| embedded | 10,000 | 2.5× (2.0 ms) |',
      '| Neo4j | 10,000 | 2.5× (4.0 ms) |',
    ]);
  });
});

describe('the open table', () => {
  const lines = openTable(report);

  it("gives our server's time and memory per store, and Neo4j's import beside its run", () => {
    expect(lines).toContain(
      '| Neo4j | 10,000 | 1 | 5.0 s | 500 MB | 750 MB | 3.0 s, 400 MB | 2.5 s, 4,000 relations/s |',
    );
    expect(lines).toContain('| embedded | 500,000 | 2 | 5.0 s | 500 MB | 750 MB | – | – |');
  });

  it("states Neo4j's own memory settings and its resident memory", () => {
    expect(lines.at(-1)).toBe(
      'Neo4j 5.26 (its own JVM, beside our server): heap 8192 MiB, page cache 2048 MiB (sized for the largest graph it was to hold), started in 21.5 s; its resident memory 1500 MB after 10,000.',
    );
  });
});
