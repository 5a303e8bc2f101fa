import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENTITY_STYLE,
  DEFAULT_RELATION_STYLE,
  entityTypeStyle,
  humanizeType,
  relationTypeStyle,
} from './type-style';

// The entity types of the seed graph: each must be told apart by shape alone, not only by colour.
const SEED_TYPES = [
  'Person',
  'Country',
  'GovernmentBody',
  'Prison',
  'MediaOrganization',
  'Program',
  'Documentary',
  'Segment',
  'Platform',
  'Law',
  'Judge',
  'Group',
];

describe('type-style', () => {
  describe('#entityTypeStyle', () => {
    it('gives every seed entity type its own shape', () => {
      const shapes = SEED_TYPES.map((t) => entityTypeStyle(t).shape);
      expect(new Set(shapes).size).toBe(SEED_TYPES.length);
    });

    it('gives every seed entity type its own colour', () => {
      const colours = SEED_TYPES.map((t) => entityTypeStyle(t).color);
      expect(new Set(colours).size).toBe(SEED_TYPES.length);
    });

    it('gives an unknown type the neutral default, whose shape no known type uses', () => {
      expect(entityTypeStyle('Spaceship')).toEqual(DEFAULT_ENTITY_STYLE);
      expect(entityTypeStyle('constructor')).toEqual(DEFAULT_ENTITY_STYLE);
      expect(SEED_TYPES.map((t) => entityTypeStyle(t).shape)).not.toContain(DEFAULT_ENTITY_STYLE.shape);
    });
  });

  describe('#relationTypeStyle', () => {
    it('sets criticism and speech apart from the rest', () => {
      expect(relationTypeStyle('CRITICIZED')).not.toEqual(DEFAULT_RELATION_STYLE);
      expect(relationTypeStyle('SAID').lineStyle).toBe('dashed');
      expect(relationTypeStyle('LOCATED_IN')).toEqual(DEFAULT_RELATION_STYLE);
    });
  });

  describe('#humanizeType', () => {
    it('splits PascalCase and UPPER_SNAKE_CASE into a readable phrase', () => {
      expect(humanizeType('MediaOrganization')).toBe('Media organization');
      expect(humanizeType('GovernmentBody')).toBe('Government body');
      expect(humanizeType('REPLIED_TO')).toBe('Replied to');
      expect(humanizeType('Person')).toBe('Person');
    });
  });
});
