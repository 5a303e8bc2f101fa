import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../contract/fixture';
import type { GraphBatch } from '../model';
import { freshState } from './fresh-state';
import type { GraphState } from './graph-state';
import { emptyState, mergeBatch, stateToBatch } from './graph-state';

/** A private copy, as a snapshot's parse gives freshState. */
const copy = (batch: GraphBatch): GraphBatch => structuredClone(batch);

function fresh(batch: GraphBatch): GraphState {
  const state = freshState(batch);
  if (state === undefined) throw new Error('freshState found a dangling relation');
  return state;
}

describe('freshState', () => {
  it('makes the state mergeBatch makes of the same batch', () => {
    const fast = fresh(copy(FIXTURE));
    const merged = mergeBatch(emptyState(), copy(FIXTURE));
    expect(stateToBatch(fast)).toEqual(stateToBatch(merged));
    expect(fast.graph.order).toBe(FIXTURE.entities.length);
    expect(fast.graph.size).toBe(FIXTURE.relations.length);
  });

  it('lets the last of two items with one id win, as mergeBatch does', () => {
    const [first] = FIXTURE.entities;
    if (first === undefined) throw new Error('the fixture has no entity');
    const twice = copy({ ...FIXTURE, entities: [...FIXTURE.entities, { ...first, name: 'Second' }] });
    const state = fresh(twice);
    expect(state.graph.getNodeAttributes(first.id).name).toBe('Second');
    expect(state.graph.order).toBe(FIXTURE.entities.length);
  });

  it('keeps every evidence sentence equal to its document text at its offsets', () => {
    const state = fresh(copy(FIXTURE));
    state.graph.forEachEdge((_id, relation) => {
      for (const evidence of relation.evidence) {
        const text = state.documents.get(evidence.documentId)?.text;
        expect(text?.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      }
    });
  });

  it('gives nothing for a batch with a relation whose end is not among its entities, twice-named ids or not', () => {
    const [first] = FIXTURE.relations;
    if (first === undefined) throw new Error('the fixture has no relation');
    const dangling = { ...first, id: 'dangling-1', target: 'nobody' };
    expect(freshState(copy({ ...FIXTURE, relations: [...FIXTURE.relations, dangling] }))).toBeUndefined();
    const twice = { ...FIXTURE, relations: [...FIXTURE.relations, dangling, dangling] };
    expect(freshState(copy(twice))).toBeUndefined();
  });
});
