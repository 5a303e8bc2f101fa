import { describe, expect, it } from 'vitest';
import { IdMap, slugify, toEntityType, toRelationType } from './normalize';

describe('slugify', () => {
  it('makes lowercase slugs, folding accents and joining words with hyphens', () => {
    expect(slugify('Nayib Bukele')).toBe('nayib-bukele');
    expect(slugify('  José  Martí!! ')).toBe('jose-marti');
  });

  it('gives nothing for a value without letters or digits', () => {
    expect(slugify('المحكمة')).toBe('');
  });
});

describe('toEntityType', () => {
  it('keeps a PascalCase type and makes others PascalCase', () => {
    expect(toEntityType('GovernmentBody')).toBe('GovernmentBody');
    expect(toEntityType('political party')).toBe('PoliticalParty');
    expect(toEntityType('person')).toBe('Person');
  });

  it('gives nothing when no PascalCase name can be made', () => {
    expect(toEntityType('42')).toBeUndefined();
  });
});

describe('toRelationType', () => {
  it('keeps an UPPER_SNAKE_CASE type and makes others so', () => {
    expect(toRelationType('WORKS_FOR')).toBe('WORKS_FOR');
    expect(toRelationType('works for')).toBe('WORKS_FOR');
    expect(toRelationType('worksFor')).toBe('WORKS_FOR');
    expect(toRelationType('interacts-with')).toBe('INTERACTS_WITH');
  });

  it('gives nothing when no type name can be made', () => {
    expect(toRelationType('→')).toBeUndefined();
  });
});

describe('IdMap', () => {
  it('keeps ids that are slugs, even when another id would slugify to the same', () => {
    const ids = new IdMap(
      [
        { key: 'Ada', id: 'Ada' },
        { key: 'ada', id: 'ada' },
      ],
      'node',
    );
    expect(ids.get('ada')).toBe('ada');
    expect(ids.get('Ada')).toBe('ada-2');
  });

  it('names an item without a usable id by its fallback, then by the prefix', () => {
    const ids = new IdMap(
      [
        { key: '#1', id: '§', fallback: 'Ada Lovelace' },
        { key: '#2', fallback: '…' },
        { key: '#3', fallback: '…' },
      ],
      'node',
    );
    expect([ids.get('#1'), ids.get('#2'), ids.get('#3')]).toEqual(['ada-lovelace', 'node', 'node-2']);
  });

  it('knows nothing of keys it was not given', () => {
    expect(new IdMap([], 'node').get('x')).toBeUndefined();
  });
});
