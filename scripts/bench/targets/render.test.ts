import { describe, expect, it } from 'vitest';
import type { ExecutorResult } from '../executor/executor-worker';
import { QUERY_KINDS } from '../measure/query-kinds';
import { hotSpotText, planText, renderTargets } from './render';
import { cell, inProcess, latency, served, targetsReport } from './report-fixture';

const executor = Object.fromEntries(
  QUERY_KINDS.map((kind) => [
    kind,
    {
      graphqlJs: latency(2),
      graphqlJit: latency(1),
      speedup: 2,
      parseValidateMs: 0.5,
      sameAnswers: kind !== 'details',
      bytes: 2_048,
      hotSpots: [{ frame: 'termResults (minisearch/dist/es/index.js:1706)', percent: 14.2 }],
    },
  ]),
) as ExecutorResult;

const report = targetsReport({
  settings: { ...targetsReport().settings, kinds: ['search', 'details'], sizes: [500_000] },
  inProcess: [
    { store: 'embedded', relations: 500_000, result: inProcess({ search: 5 }) },
    { store: 'neo4j', relations: 500_000, result: inProcess({ search: 2 }) },
  ],
  runs: [
    served('embedded', 500_000, 1, [cell('search', 16, 100, 453), cell('details', 16, 10, 20)]),
    served('neo4j', 500_000, 1, [cell('search', 16, 10, 25), cell('details', 16, 30, 90)]),
  ],
  executor: { relations: 500_000, result: executor },
  notes: ['Neo4j was not measured at 1M relations.'],
});

describe('the targets report', () => {
  const markdown = renderTargets(report);

  it('explains each missed latency target: a CPU profile on the embedded store, a PROFILE on Neo4j', () => {
    expect(markdown).toContain(
      '- embedded, search (missed by 15×): the store call alone p50 5.0 ms.\n  - one request under graphql-jit: termResults (minisearch/dist/es/index.js:1706) 14%\n  - the store call: searchSpot (graph/embedded/traversal.ts) 40%',
    );
    expect(markdown).toContain(
      '- Neo4j, details (missed by 1.8×): the store call alone p50 1.0 ms; PROFILE: 1,234 db hits: Expand(All) 1,000.',
    );
    expect(markdown).not.toContain('- Neo4j, search');
  });

  it('has the executor comparison, marking different answers, and the notes', () => {
    expect(markdown).toContain('| search | 2.0 ms | 1.0 ms | 2.00× | 0.5 ms | yes | 2 KB |');
    expect(markdown).toContain('| details | 2.0 ms | 1.0 ms | 2.00× | 0.5 ms | **no** | 2 KB |');
    expect(markdown).toContain('## Notes\n\n- Neo4j was not measured at 1M relations.');
  });

  it('says when every target measured was met', () => {
    const met = renderTargets({ ...report, runs: [], settings: { ...report.settings, stores: ['neo4j'] } });
    expect(met).toContain('## Why a target is missed\n\nEvery target measured was met.');
  });
});

describe('the profile summaries', () => {
  it('name the frames with their shares, and the plan by operator', () => {
    expect(hotSpotText([])).toBe('no samples');
    expect(planText(undefined)).toBe('no single statement (two store calls)');
    expect(
      planText({ dbHits: 5_000, operators: [{ operator: 'NodeIndexSeek', dbHits: 4_000, rows: 1 }] }),
    ).toBe('5,000 db hits: NodeIndexSeek 4,000');
  });
});
