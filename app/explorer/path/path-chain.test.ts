import { describe, expect, it } from 'vitest';
import { pathEntityNames, pathHops } from './path-chain';
import type { RelationView } from '@/app/lib/queries';

const bukele = { id: 'nayib-bukele', name: 'Nayib Bukele', type: 'Person' };
const cecot = { id: 'cecot', name: 'CECOT', type: 'Prison' };
const segment = { id: 'segment', name: 'The CECOT segment', type: 'Segment' };
const clinton = { id: 'hillary-clinton', name: 'Hillary Clinton', type: 'Person' };

function relation(
  id: string,
  source: RelationView['source'],
  type: string,
  target: RelationView['target'],
): RelationView {
  return { id, type, source, target, statement: null, role: null, documentIds: [] };
}

// Bukele —RUNS→ CECOT ←ABOUT— segment ←SAID— Clinton: a path whose stored directions vary.
const runs = relation('r1', bukele, 'RUNS', cecot);
const about = relation('r2', segment, 'ABOUT', cecot);
const said = relation('r3', clinton, 'SAID', segment);

describe('path-chain', () => {
  describe('#pathHops', () => {
    it('orders the hops from the start, whatever order the edges come in', () => {
      const hops = pathHops({ edges: [said, runs, about] }, bukele.id);
      expect(hops.map((h) => h.relation.id)).toEqual(['r1', 'r2', 'r3']);
      expect(hops.map((h) => [h.from.id, h.to.id])).toEqual([
        ['nayib-bukele', 'cecot'],
        ['cecot', 'segment'],
        ['segment', 'hillary-clinton'],
      ]);
    });

    it('keeps each relation as stored and says which way the path walks it', () => {
      const hops = pathHops({ edges: [runs, about, said] }, bukele.id);
      expect(hops.map((h) => h.alongStoredDirection)).toEqual([true, false, false]);
      expect(hops[1]?.relation.source.id).toBe('segment');
      expect(hops[1]?.relation.target.id).toBe('cecot');
    });

    it('reads the same path the other way from the other end', () => {
      const hops = pathHops({ edges: [runs, about, said] }, clinton.id);
      expect(hops.map((h) => h.relation.id)).toEqual(['r3', 'r2', 'r1']);
      expect(hops.map((h) => h.alongStoredDirection)).toEqual([true, true, false]);
    });

    it('has no hops for a path of one entity', () => {
      expect(pathHops({ edges: [] }, bukele.id)).toEqual([]);
    });

    it('keeps edges that do not continue the walk at the end, as stored', () => {
      const stray = relation('r9', clinton, 'SAID', segment);
      const hops = pathHops({ edges: [stray, runs] }, cecot.id);
      expect(hops.map((h) => h.relation.id)).toEqual(['r1', 'r9']);
      expect(hops[1]).toMatchObject({ from: clinton, to: segment, alongStoredDirection: true });
    });
  });

  it('#pathEntityNames lists the entities in path order', () => {
    expect(pathEntityNames(pathHops({ edges: [said, about, runs] }, bukele.id))).toEqual([
      'Nayib Bukele',
      'CECOT',
      'The CECOT segment',
      'Hillary Clinton',
    ]);
    expect(pathEntityNames([])).toEqual([]);
  });
});
