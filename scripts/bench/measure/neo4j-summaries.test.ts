import { describe, expect, it } from 'vitest';
import { neo4jMemoryFor } from '../harness/bench-neo4j';
import { cpuMedians, summarizeOutcomes } from './neo4j-import-bench';
import type { PlanTree } from './neo4j-plan';
import { summarizePlan } from './neo4j-plan';

const plan = (operatorType: string, dbHits: number, rows: number, children: PlanTree[] = []): PlanTree => ({
  operatorType,
  dbHits,
  rows,
  children,
});

describe('summarizePlan', () => {
  it('sums database hits per operator across the tree, most first, without the database suffix', () => {
    const summary = summarizePlan(
      plan('ProduceResults@neo4j', 0, 1, [
        plan('Expand(All)@neo4j', 300, 150, [
          plan('Expand(All)@neo4j', 200, 100, [plan('NodeUniqueIndexSeek@neo4j', 2, 1)]),
        ]),
        plan('Filter@neo4j', 50, 10),
      ]),
      2,
    );
    expect(summary.dbHits).toBe(552);
    expect(summary.operators).toEqual([
      { operator: 'Expand(All)', dbHits: 500, rows: 250 },
      { operator: 'Filter', dbHits: 50, rows: 10 },
    ]);
  });
});

describe('Neo4j import summaries', () => {
  const run = (seconds: number, serverCpuSeconds: number) => ({
    seconds,
    relations: 1_000,
    steps: { 'read and validate': seconds / 4, upsert: (3 * seconds) / 4 },
    serverCpuSeconds,
    clientCpuSeconds: 1,
  });

  it('takes medians of the timed runs and keeps the error of a failed one', () => {
    const summary = summarizeOutcomes([run(2, 1), run(4, 3), { error: 'Neo4jError: boom' }], 1_000);
    // Median of [2, 4] by nearest rank is 2.
    expect(summary.seconds).toBe(2);
    expect(summary.relationsPerSecond).toBe(500);
    expect(summary.steps).toEqual({ 'read and validate': 0.5, upsert: 1.5 });
    expect(summary.error).toBe('Neo4jError: boom');
    expect(summarizeOutcomes([{ error: 'down' }], 1_000)).toMatchObject({ seconds: null, error: 'down' });
  });

  it('leaves CPU unknown when the JVM could not be read', () => {
    expect(cpuMedians([run(2, Number.NaN)])).toEqual({ serverCpuSeconds: null, clientCpuSeconds: 1 });
    expect(cpuMedians([run(2, 1), run(3, 5), run(4, 9)]).serverCpuSeconds).toBe(5);
  });
});

describe('neo4jMemoryFor', () => {
  it('gives a 500k-relation graph 5.75 GB of heap and 1 GB of page cache, and small graphs the floor', () => {
    expect(neo4jMemoryFor(500_000)).toEqual({ heapMiB: 5888, pageCacheMiB: 1024 });
    expect(neo4jMemoryFor(10_000)).toEqual({ heapMiB: 1024, pageCacheMiB: 512 });
    expect(neo4jMemoryFor(5_000_000)).toEqual({ heapMiB: 8192, pageCacheMiB: 3072 });
  });
});
