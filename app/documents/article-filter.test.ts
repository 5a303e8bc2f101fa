import { describe, expect, it } from 'vitest';
import { MAX_LINKED_IDS } from '@/app/lib/explorer-link';
import { dateRangeOf, explorerLinkFor } from './article-filter';

describe('dateRangeOf', () => {
  it('takes ISO dates and ignores anything else', () => {
    expect(dateRangeOf({ from: '2026-03-01', to: ['2026-04-01'] })).toEqual({ from: '2026-03-01', to: null });
    expect(dateRangeOf({ from: 'yesterday', to: '2026-04-01' })).toEqual({ from: null, to: '2026-04-01' });
  });
});

describe('explorerLinkFor', () => {
  it('draws the union of the articles’ entities, the most connected first', () => {
    const link = explorerLinkFor([
      {
        entities: [
          { id: 'cecot', degree: 9 },
          { id: 'x', degree: 1 },
        ],
      },
      {
        entities: [
          { id: 'cecot', degree: 9 },
          { id: 'nayib-bukele', degree: 12 },
        ],
      },
    ]);
    expect(link).toEqual({ href: '/?e=nayib-bukele,cecot,x', cut: false });
  });

  it('keeps to the link limit and says it cut', () => {
    const entities = Array.from({ length: MAX_LINKED_IDS + 5 }, (_, i) => ({ id: `e${i}`, degree: i }));
    const link = explorerLinkFor([{ entities }]);
    expect(link?.cut).toBe(true);
    expect(new URL(link?.href ?? '', 'http://x').searchParams.get('e')?.split(',')).toHaveLength(
      MAX_LINKED_IDS,
    );
  });

  it('has no link for articles that mention nothing', () => {
    expect(explorerLinkFor([{ entities: [] }])).toBeNull();
  });
});
