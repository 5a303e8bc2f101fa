import { describe, expect, it } from 'vitest';
import type { Relation } from '@/graph/model';
import { markedEvidence } from './article-focus';

const evidence = (start: number, documentId = 'doc') => ({
  documentId,
  sentence: `s${start}`,
  start,
  end: start + 5,
});
const relation = (id: string, source: string, target: string, starts: number[]): Relation =>
  ({ id, type: 'SAID', source, target, evidence: starts.map((s) => evidence(s)) }) as Relation;

const relations = [
  relation('a-said-b', 'a', 'b', [0, 10]),
  relation('b-said-c', 'b', 'c', [20]),
  relation('c-said-d', 'c', 'd', [30, 40]),
];
const names = new Map([
  ['a', { id: 'a', name: 'Ann', type: 'Person' }],
  ['b', { id: 'b', name: 'Ben', type: 'Person' }],
]);

describe('markedEvidence', () => {
  it('marks every evidence sentence of the article when nothing is named', () => {
    expect(markedEvidence('doc', relations, names, undefined)).toEqual({
      evidence: relations.flatMap((r) => r.evidence),
      focus: null,
    });
  });

  it('marks only the sentences of the relations an entity takes part in, and says how many of all', () => {
    const { evidence: marked, focus } = markedEvidence('doc', relations, names, 'b');
    expect(marked.map((e) => e.start)).toEqual([0, 10, 20]);
    expect(focus).toEqual({ name: 'Ben', shown: 3, total: 5 });
  });

  it('marks only a relation’s own sentences when a relation is named', () => {
    const { evidence: marked, focus } = markedEvidence('doc', relations, names, 'a-said-b');
    expect(marked.map((e) => e.start)).toEqual([0, 10]);
    expect(focus?.name).toBe('Ann —SAID→ Ben');
  });

  it('marks everything when the id names nothing in this article, or is not an id', () => {
    expect(markedEvidence('doc', relations, names, 'nobody').focus).toBeNull();
    expect(markedEvidence('doc', relations, names, '<script>').focus).toBeNull();
    expect(markedEvidence('other', relations, names, 'b').focus).toBeNull();
  });
});
