import { describe, expect, it } from 'vitest';
import type { RelationView } from '@/app/lib/queries';
import { isFilterActive, keepsArticle, keepsRelation, relationsPerArticle } from './article-filter';

const ends = { id: 'a', name: 'A', type: 'Person' };
const relation = (id: string, ...documents: string[]): RelationView => ({
  id,
  type: 'SAID',
  statement: null,
  role: null,
  source: ends,
  target: { ...ends, id: 'b' },
  // As the API answers `documentIds`: each document once.
  documentIds: [...new Set(documents)],
});
const dates = new Map<string, string | null>([
  ['march', '2025-03-16'],
  ['april', '2025-04-02'],
  ['undated', null],
]);
const none = { hiddenArticles: new Set<string>(), dateRange: { from: null, to: null } };

describe('the article filter', () => {
  it('keeps every article, dated or not, until the reader filters', () => {
    expect(isFilterActive(none)).toBe(false);
    expect(['march', 'undated', 'unknown'].map((id) => keepsArticle(none, dates, id))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('keeps a relation while one of its sentences comes from a kept article', () => {
    const filter = { ...none, hiddenArticles: new Set(['march']) };
    expect(isFilterActive(filter)).toBe(true);
    expect(keepsRelation(filter, dates, relation('r', 'march', 'april'))).toBe(true);
    expect(keepsRelation(filter, dates, relation('r', 'march', 'march'))).toBe(false);
  });

  it('leaves undated articles, and those whose date is not known yet, out of a range', () => {
    const filter = { ...none, dateRange: { from: '2025-04-01', to: null } };
    expect(['march', 'april', 'undated', 'unknown'].map((id) => keepsArticle(filter, dates, id))).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  it('counts each relation once per article, however many of its sentences the article holds', () => {
    const counts = relationsPerArticle([relation('r1', 'march', 'march', 'april'), relation('r2', 'march')]);
    expect([...counts]).toEqual([
      ['march', 2],
      ['april', 1],
    ]);
  });
});
