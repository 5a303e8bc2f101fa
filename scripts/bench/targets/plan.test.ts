import { describe, expect, it } from 'vitest';
import { QUERY_KINDS } from '../measure/query-kinds';
import type { TargetsSettings } from './model';
import { describePlan, importFits, planRun } from './plan';

const defaults: TargetsSettings = {
  stores: ['embedded', 'neo4j'],
  sizes: [10_000, 100_000, 500_000, 1_000_000],
  target: 500_000,
  kinds: [...QUERY_KINDS],
  clients: [1, 16, 64],
  curveProcesses: 1,
  processes: [1, 2],
  targetClients: 16,
  seconds: 4,
  answerCache: 'off',
};
const options = { executorReps: 20, neo4jImportMaxSeconds: 300 };

describe('the run plan', () => {
  const steps = planRun(defaults, options);
  const total = steps.reduce((sum, s) => sum + s.seconds, 0);

  it('serves two processes only at the target size, on each store', () => {
    const twoProcesses = steps.filter((s) => s.what === 'our server, 2 process(es)');
    expect(twoProcesses.map((s) => [s.store, s.relations])).toEqual([
      ['embedded', 500_000],
      ['neo4j', 500_000],
    ]);
  });

  it('compares the executors at the target size only', () => {
    expect(steps.filter((s) => s.what.includes('graphql-jit')).map((s) => s.relations)).toEqual([500_000]);
  });

  it('fits the default run in about 35 minutes of the estimate', () => {
    expect(total / 60).toBeLessThan(36);
    expect(describePlan(steps)[0]).toMatch(/^Estimated \d+\.\d min/);
  });

  it('leaves out a Neo4j size whose import would not fit the limit', () => {
    const tight = planRun(defaults, { ...options, neo4jImportMaxSeconds: 200 });
    expect(tight.some((s) => s.what === 'import' && s.relations === 1_000_000)).toBe(false);
    expect(steps.some((s) => s.what === 'import' && s.relations === 1_000_000)).toBe(true);
  });

  it('decides from the import rate measured so far', () => {
    expect(importFits(1_000_000, 4_000, 300)).toBe(true);
    expect(importFits(1_000_000, 3_000, 300)).toBe(false);
  });
});
