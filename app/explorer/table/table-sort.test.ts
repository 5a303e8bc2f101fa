import { describe, expect, it } from 'vitest';
import type { EntitySummary, RelationView } from '@/app/lib/queries';
import { nextSortOrder, sortEntities, sortRelations } from './table-sort';

const entity = (id: string, name: string, type: string, degree: number): EntitySummary => ({
  id,
  name,
  type,
  degree,
});
const entities = [
  entity('b', 'bukele', 'Person', 7),
  entity('a', 'Álvaro', 'Person', 2),
  entity('c', 'CBS News', 'MediaOrganization', 7),
  entity('d', 'Agent 10', 'Group', 1),
  entity('e', 'Agent 9', 'Group', 1),
];

function relation(
  id: string,
  source: string,
  type: string,
  target: string,
  statement: string | null,
): RelationView {
  const end = (name: string) => ({ id: name.toLowerCase(), name, type: 'Person' });
  return { id, type, source: end(source), target: end(target), statement, role: null, documentIds: [] };
}

describe('table-sort', () => {
  describe('#sortEntities', () => {
    it('sorts names as people read them: case and accents aside, numbers by value', () => {
      const names = sortEntities(entities, { column: 'name', direction: 'ascending' }).map((e) => e.name);
      expect(names).toEqual(['Agent 9', 'Agent 10', 'Álvaro', 'bukele', 'CBS News']);
    });

    it('sorts by degree with ties by name A to Z, either way', () => {
      const down = sortEntities(entities, { column: 'degree', direction: 'descending' }).map((e) => e.id);
      expect(down).toEqual(['b', 'c', 'a', 'e', 'd']);
      const up = sortEntities(entities, { column: 'degree', direction: 'ascending' }).map((e) => e.id);
      expect(up).toEqual(['e', 'd', 'a', 'b', 'c']);
    });

    it('does not change the rows it is given', () => {
      const before = entities.map((e) => e.id);
      sortEntities(entities, { column: 'name', direction: 'descending' });
      expect(entities.map((e) => e.id)).toEqual(before);
    });
  });

  describe('#sortRelations', () => {
    const rows = [
      relation('r1', 'Trump', 'SAID', 'CBS', 'it was fake'),
      relation('r2', 'Bukele', 'CRITICIZED', 'Weiss', null),
      relation('r3', 'Alfonsi', 'SAID', 'Weiss', 'the piece was ready'),
    ];

    it('sorts by any column', () => {
      expect(sortRelations(rows, { column: 'source', direction: 'ascending' }).map((r) => r.id)).toEqual([
        'r3',
        'r2',
        'r1',
      ]);
      expect(sortRelations(rows, { column: 'type', direction: 'ascending' }).map((r) => r.id)).toEqual([
        'r2',
        'r3',
        'r1',
      ]);
      // Weiss twice, then CBS; the two Weiss rows by source, A to Z.
      expect(sortRelations(rows, { column: 'target', direction: 'descending' }).map((r) => r.id)).toEqual([
        'r3',
        'r2',
        'r1',
      ]);
    });

    it('puts relations without a statement last in both directions', () => {
      expect(sortRelations(rows, { column: 'statement', direction: 'ascending' }).map((r) => r.id)).toEqual([
        'r1',
        'r3',
        'r2',
      ]);
      expect(sortRelations(rows, { column: 'statement', direction: 'descending' }).map((r) => r.id)).toEqual([
        'r3',
        'r1',
        'r2',
      ]);
    });
  });

  describe('#nextSortOrder', () => {
    it('reverses the column already sorted by', () => {
      expect(nextSortOrder({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
        column: 'name',
        direction: 'descending',
      });
    });

    it('starts words A to Z and degrees largest first', () => {
      expect(nextSortOrder({ column: 'degree', direction: 'descending' }, 'type').direction).toBe(
        'ascending',
      );
      expect(nextSortOrder({ column: 'name', direction: 'ascending' }, 'degree').direction).toBe(
        'descending',
      );
    });
  });
});
