import { describe, expect, it } from 'vitest';
import { judge, judgeOpen, judgeP99, judgeStore, targetTable } from './issue13';
import { cell, inProcess, served, targetsReport } from './report-fixture';

describe('the verdict arithmetic', () => {
  it('meets a limit below it and says by how much a miss misses', () => {
    expect(judge(20, 30)).toEqual({ met: true, verdict: 'met' });
    expect(judge(649, 250)).toEqual({ met: false, verdict: 'missed by 2.6×' });
    expect(judge(453, 30)).toEqual({ met: false, verdict: 'missed by 15×' });
  });

  it('counts a value at the limit as met only when the target says "≤"', () => {
    expect(judge(3, 3).met).toBe(false);
    expect(judge(3, 3, true).met).toBe(true);
  });

  it('estimates a floor for a cell too slow to run from the in-process call', () => {
    const judged = judgeP99(cell('neighborhood2', 16, null), 250, 100);
    expect(judged).toEqual({
      measured: 'not run (too slow)',
      verdict: 'missed by ≥ 6.4× (estimated)',
      met: false,
    });
  });

  it('says "not run" for a missing cell and counts errors beside the p99', () => {
    expect(judgeP99(undefined, 50, 1).verdict).toBe('not run');
    const failing = cell('details', 16, 10, 40);
    if (failing.run !== null) failing.run.graphqlErrors = 3;
    expect(judgeP99(failing, 50, 1)).toEqual({
      measured: 'p99 40.0 ms (3 errors)',
      verdict: 'met',
      met: true,
    });
  });

  it('judges memory and time to open separately', () => {
    expect(judgeOpen(served('embedded', 500_000, 1, [], { seconds: 17.4, rssMb: 1_331 })).verdict).toBe(
      'memory missed by 1.3×, time missed by 2.2×',
    );
    expect(judgeOpen(served('neo4j', 500_000, 1, [], { seconds: 6, rssMb: 300 })).verdict).toBe('met');
  });
});

describe('the target table', () => {
  const report = targetsReport({
    inProcess: [
      {
        store: 'embedded',
        relations: 500_000,
        result: inProcess({ neighborhood1: 2, shortestPath: 4, neighborhood2: 700 }),
      },
      { store: 'neo4j', relations: 500_000, result: inProcess({ neighborhood1: 5, shortestPath: 5 }) },
    ],
    runs: [
      // The curves' run at 1 process, which the table must not read when a 2-process run exists.
      served('embedded', 500_000, 1, [cell('search', 16, 100, 900)]),
      served(
        'embedded',
        500_000,
        2,
        [
          cell('search', 16, 100, 453),
          cell('neighborhood1', 1, 6),
          cell('shortestPath', 1, 10),
          cell('neighborhood2', 16, null),
        ],
        { seconds: 17.4, rssMb: 1_331 },
      ),
      served('neo4j', 500_000, 2, [
        cell('search', 16, 5, 20),
        cell('neighborhood1', 1, 10),
        cell('shortestPath', 1, 20),
      ]),
    ],
  });

  it('reads each store from its run with the most processes, at the table clients', () => {
    const search = judgeStore(report, 'embedded')[0];
    expect(search?.judged.measured).toBe('p99 453 ms');
    expect(search?.judged.verdict).toBe('missed by 15×');
    expect(judgeStore(report, 'neo4j')[0]?.judged).toEqual({
      measured: 'p99 20.0 ms',
      verdict: 'met',
      met: true,
    });
  });

  it('divides HTTP p50 at one client by the in-process p50, for depth 1 and the path', () => {
    const overhead = (store: 'embedded' | 'neo4j') =>
      judgeStore(report, store).find((r) => r.label.startsWith('HTTP+GraphQL'))?.judged;
    expect(overhead('embedded')).toEqual({ measured: '3.0×, 2.5×', verdict: 'met', met: true });
    expect(overhead('neo4j')).toEqual({
      measured: '2.0×, 4.0×',
      verdict: 'missed by 1.3× (shortestPath)',
      met: false,
    });
  });

  it('renders a column and a verdict per store, today and the target beside them', () => {
    const lines = targetTable(report);
    expect(lines[0]).toContain('embedded 2 process(es), Neo4j 2 process(es)');
    expect(lines[2]).toBe(
      '| request | today (issue 13) | target | embedded | Neo4j | verdict, embedded | verdict, Neo4j |',
    );
    expect(lines).toContain(
      '| search (name prefix, 10 results) | p99 1,405 ms | p99 < 30 ms | p99 453 ms | p99 20.0 ms | missed by 15× | met |',
    );
    expect(lines).toContain(
      '| `neighborhood` depth 2, limit 200, with evidence (API) | p99 2,327 ms | p99 < 250 ms | not run (too slow) | – | missed by ≥ 45× (estimated) | not run |',
    );
    expect(lines).toContain(
      "| our server's memory with the graph / time to open it | 1.55 GB / 17.6 s | ≤ 1 GB / ≤ 8 s | 1.30 GB / 17.4 s | 0.49 GB / 5.0 s | memory missed by 1.3×, time missed by 2.2× | met |",
    );
  });

  it('has one store column when one store was measured', () => {
    const one = targetsReport({ ...report, settings: { ...report.settings, stores: ['neo4j'] } });
    expect(targetTable(one)[2]).toBe('| request | today (issue 13) | target | Neo4j | verdict, Neo4j |');
  });
});
