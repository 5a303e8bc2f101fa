import { describe, expect, it } from 'vitest';
import { entityTypeStyle, relationTypeStyle } from '@/app/lib/type-style';
import { pictureLegend, withPathKey } from './canvas-image-legend';
import { PATH } from './canvas-marks-style';
import { graphOf, relation } from './canvas-image-testing';

const bukele = { id: 'nayib-bukele', name: 'Nayib Bukele', type: 'Person' };
const clinton = { id: 'hillary-clinton', name: 'Hillary Clinton', type: 'Person' };
const cecot = { id: 'cecot', name: 'CECOT', type: 'Prison' };
const salvador = { id: 'el-salvador', name: 'El Salvador', type: 'Country' };

describe('pictureLegend', () => {
  it('keys the entity types drawn, most common first, in their canvas colour and shape', () => {
    const legend = pictureLegend(graphOf([relation('r1', 'CRITICIZED', clinton, cecot, ['d'])], [bukele]));
    expect(legend.filter((e) => e.kind === 'entity')).toEqual([
      { kind: 'entity', label: 'Person', ...entityTypeStyle('Person') },
      { kind: 'entity', label: 'Prison', ...entityTypeStyle('Prison') },
    ]);
  });

  it('keys each relation line drawn, naming the types that share it', () => {
    const legend = pictureLegend(
      graphOf([
        relation('r1', 'CRITICIZED', clinton, cecot, ['d']),
        relation('r2', 'SAID', bukele, clinton, ['d']),
        relation('r3', 'REPLIED_TO', bukele, clinton, ['d']),
        relation('r4', 'LOCATED_IN', cecot, salvador, ['d']),
      ]),
    );
    const relations = legend.filter((e) => e.kind === 'relation');
    expect(relations).toHaveLength(3);
    expect(relations).toContainEqual({
      kind: 'relation',
      label: 'criticized',
      ...relationTypeStyle('CRITICIZED'),
    });
    expect(relations).toContainEqual({
      kind: 'relation',
      label: 'replied to, said',
      ...relationTypeStyle('SAID'),
    });
    expect(relations).toContainEqual({
      kind: 'relation',
      label: 'located in',
      ...relationTypeStyle('LOCATED_IN'),
    });
  });

  it('calls the quiet grey line "other relations" when many types share it', () => {
    const types = ['LOCATED_IN', 'MEMBER_OF', 'WORKS_FOR', 'HOSTED'];
    const legend = pictureLegend(graphOf(types.map((t, i) => relation(`r${i}`, t, cecot, salvador, ['d']))));
    expect(legend.filter((e) => e.kind === 'relation')).toEqual([
      { kind: 'relation', label: 'other relations', ...relationTypeStyle('LOCATED_IN') },
    ]);
  });

  it('has no relation keys when nothing but entities is drawn', () => {
    expect(pictureLegend(graphOf([], [bukele])).map((e) => e.kind)).toEqual(['entity']);
  });
});

describe('withPathKey', () => {
  const legend = pictureLegend(graphOf([relation('r1', 'CRITICIZED', clinton, cecot, ['d'])]));

  it('adds the path highlight’s key when a path is drawn', () => {
    expect(withPathKey(legend, true).at(-1)).toEqual({
      kind: 'relation',
      label: 'path found',
      color: PATH,
      lineStyle: 'solid',
    });
    expect(withPathKey(legend, true)).toHaveLength(legend.length + 1);
  });

  it('adds nothing without a path, or to a legend that was left out', () => {
    expect(withPathKey(legend, false)).toEqual(legend);
    expect(withPathKey([], true)).toEqual([]);
  });
});
