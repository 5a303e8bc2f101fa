import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './errors';
import {
  assertEntityType,
  assertRelationType,
  ID_PATTERN,
  isEntityType,
  isRelationType,
} from './identifiers';

// Strings an attacker would try to smuggle into a label or relationship type.
const hostile = [
  'SAID`]-() DETACH DELETE n //',
  'SAID})',
  'SAID // x',
  'SAID\\u0060',
  'Person`',
  'said',
  '',
  ' SAID',
];

describe('identifiers', () => {
  it('accepts PascalCase entity types and UPPER_SNAKE_CASE relation types', () => {
    expect(isEntityType('MediaOrganization')).toBe(true);
    expect(isRelationType('REPLIED_TO')).toBe(true);
    expect(isRelationType('SAID')).toBe(true);
  });

  it.each(hostile)('refuses %j as a relation type', (value) => {
    expect(isRelationType(value)).toBe(false);
    expect(() => assertRelationType(value, 'test')).toThrow(InvalidArgumentError);
  });

  it.each(hostile)('refuses %j as an entity type', (value) => {
    expect(isEntityType(value)).toBe(false);
    expect(() => assertEntityType(value, 'test')).toThrow(InvalidArgumentError);
  });

  it('refuses double and trailing underscores in relation types', () => {
    expect(isRelationType('REPLIED__TO')).toBe(false);
    expect(isRelationType('REPLIED_')).toBe(false);
  });

  it('takes slugs as ids and refuses anything else', () => {
    expect(ID_PATTERN.test('nayib-bukele')).toBe(true);
    expect(ID_PATTERN.test('x')).toBe(true);
    expect(ID_PATTERN.test('Nayib Bukele')).toBe(false);
    expect(ID_PATTERN.test('-bukele')).toBe(false);
  });
});
