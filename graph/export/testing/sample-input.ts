import type Graph from 'graphology';
import { expect } from 'vitest';
import { FIXTURE } from '../../contract/fixture';
import type { ExportInput } from '../types';
import { exportInputOf } from './export-input';

/** Test support: the conformance suite's small graph (13 entities, 15 relations, 2 documents) as an export. */
export function sampleInput(): ExportInput {
  return exportInputOf(structuredClone(FIXTURE));
}

/**
 * Checks that `graph`, the sample export as graphology read it back, is directed and holds every node and
 * edge, the two parallel edges from northwind-tv to late-hour included.
 */
export function expectWholeSample(graph: Graph): void {
  expect(graph.type).toBe('directed');
  expect(graph.order).toBe(13);
  expect(graph.size).toBe(15);
  expect(graph.edges('northwind-tv', 'late-hour')).toHaveLength(2);
}
