import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/graph/limits';
import { coversCanvas, idsToRelate, joinNotes, missingNote } from './canvas-subgraph';

const node = (id: string) => ({ id, name: id, type: 'Person', degree: 1 });

describe('the relations among the canvas', () => {
  it('asks about the new entities first, then the drawn ones, each once, within the API’s limit', () => {
    expect(idsToRelate(['c', 'a'], ['a', 'b'])).toEqual(['c', 'a', 'b']);
    const many = Array.from({ length: LIMITS.maxIds + 10 }, (_, i) => `e-${i}`);
    const ids = idsToRelate(['new'], many);
    expect(ids).toHaveLength(LIMITS.maxIds);
    expect(ids[0]).toBe('new');
  });

  it('needs no second request only when the answer holds every entity on the canvas', () => {
    const answer = { nodes: [node('a'), node('b')], edges: [], truncated: false };
    expect(coversCanvas(answer, new Set())).toBe(true);
    expect(coversCanvas(answer, new Set(['a']))).toBe(true);
    expect(coversCanvas(answer, new Set(['a', 'c']))).toBe(false);
  });

  it('says in words how many entities of a link or a result are gone', () => {
    expect(missingNote([], 'link')).toBeNull();
    expect(missingNote(['x'], 'link')).toBe('1 entity in this link is no longer in the graph.');
    expect(missingNote(['x', 'y'], 'result')).toBe('2 entities in this result are no longer in the graph.');
    expect(joinNotes('Drawn from the console.', null, undefined)).toBe('Drawn from the console.');
    expect(joinNotes(null)).toBeUndefined();
  });
});
