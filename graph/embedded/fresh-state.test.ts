import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../contract/fixture';
import type { GraphBatch } from '../model';
import { freshState } from './fresh-state';
import { emptyState, mergeBatch, stateToBatch } from './graph-state';

/** A private copy, as a snapshot's parse gives freshState. */
const copy = (batch: GraphBatch): GraphBatch => structuredClone(batch);

describe('freshState', () => {
  it('makes the state mergeBatch makes of the same batch', () => {
    const fast = freshState(copy(FIXTURE));
    const merged = mergeBatch(emptyState(), copy(FIXTURE));
    expect(stateToBatch(fast)).toEqual(stateToBatch(merged));
    expect(fast.graph.order).toBe(FIXTURE.entities.length);
    expect(fast.graph.size).toBe(FIXTURE.relations.length);
  });

  it('lets the last of two items with one id win, as mergeBatch does', () => {
    const [first] = FIXTURE.entities;
    if (first === undefined) throw new Error('the fixture has no entity');
    const twice = copy({ ...FIXTURE, entities: [...FIXTURE.entities, { ...first, name: 'Second' }] });
    const state = freshState(twice);
    expect(state.graph.getNodeAttributes(first.id).name).toBe('Second');
    expect(state.graph.order).toBe(FIXTURE.entities.length);
  });

  it('keeps every evidence sentence equal to its document text at its offsets', () => {
    const state = freshState(copy(FIXTURE));
    state.graph.forEachEdge((_id, relation) => {
      for (const evidence of relation.evidence) {
        const text = state.documents.get(evidence.documentId)?.text;
        expect(text?.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      }
    });
  });
});
