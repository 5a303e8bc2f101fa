import { describe, expect, it } from 'vitest';
import { groupByRelationType, neighboursOf, notDrawn, remainingNote } from './expansion';
import type { EntitySummary } from '@/app/lib/queries';

const e = (id: string, degree: number): EntitySummary => ({
  id,
  name: id.toUpperCase(),
  type: 'Person',
  degree,
});
const hub = e('hub', 9);
const relations = [
  { type: 'SAID', source: hub, target: e('x', 1) },
  { type: 'CRITICIZED', source: e('y', 5), target: hub },
  { type: 'SAID', source: hub, target: e('y', 5) },
  { type: 'SAID', source: hub, target: e('z', 1) },
  { type: 'SAID', source: hub, target: hub },
];

describe('expansion', () => {
  it('lists each neighbour once, best connected first, with every relation type that joins it', () => {
    const neighbours = neighboursOf('hub', relations);
    expect(neighbours.map((n) => n.entity.id)).toEqual(['y', 'x', 'z']);
    expect(neighbours[0]?.relationTypes).toEqual(['CRITICIZED', 'SAID']);
  });

  it('offers only the neighbours not drawn yet, grouped by relation type, biggest group first', () => {
    const rest = notDrawn(neighboursOf('hub', relations), new Set(['hub', 'x']));
    expect(rest.map((n) => n.entity.id)).toEqual(['y', 'z']);
    const groups = groupByRelationType(rest);
    expect(groups.map((g) => [g.relationType, g.neighbours.map((n) => n.entity.id)])).toEqual([
      ['SAID', ['y', 'z']],
      ['CRITICIZED', ['y']],
    ]);
  });

  it('says how many more there are only when some were left out', () => {
    expect(remainingNote(0)).toBe('');
    expect(remainingNote(55)).toBe(' · 55 more not drawn');
  });
});
