import { describe, expect, it } from 'vitest';
import { explorerHref } from '@/app/lib/explorer-link';
import type { EntitySummary, RelationView } from '@/app/lib/queries';
import { differsOnlyInSelection, parseViewSearch, viewSearch } from './view-url';
import { INITIAL_VIEW, viewReducer } from './view-state';

const entity = (id: string, type = 'Person'): EntitySummary => ({ id, name: id, type, degree: 1 });
const a = entity('nayib-bukele');
const b = entity('cbs-news', 'MediaOrganization');
const ab: RelationView = {
  id: 'r-1',
  type: 'SAID',
  statement: null,
  role: null,
  documentIds: [],
  source: a,
  target: b,
};

describe('view URL', () => {
  it('round-trips entities, selection, filters, hidden and pinned elements, layout and positions', () => {
    let view = viewReducer(INITIAL_VIEW, {
      type: 'replace',
      subgraph: { nodes: [a, b], edges: [ab], truncated: false },
    });
    view = viewReducer(view, { type: 'select', ids: ['cbs-news'] });
    view = viewReducer(view, { type: 'toggleEntityType', entityType: 'Country' });
    view = viewReducer(view, { type: 'toggleRelationType', relationType: 'SAID' });
    const path = { nodes: [b, a], edges: [ab], truncated: false };
    view = viewReducer(view, { type: 'drawPath', subgraph: path, path, from: 'cbs-news' });
    view = viewReducer(view, { type: 'hide', ids: ['r-1'] });
    view = viewReducer(view, { type: 'toggleArticle', documentId: 'cecot-follow-up' });
    view = viewReducer(view, { type: 'setDateRange', range: { from: '2025-03-01', to: null } });
    view = viewReducer(view, { type: 'pin', positions: new Map([['nayib-bukele', { x: 10.4, y: -20.6 }]]) });
    view = viewReducer(view, { type: 'setLayout', layout: 'circle' });
    // The canvas also remembers where removed entities were: those never reach a link.
    const search = viewSearch(view, {
      positions: new Map([
        ['cbs-news', { x: 1, y: 2 }],
        ['removed-before', { x: 3, y: 4 }],
      ]),
    });
    expect(search).toBe(
      '?e=nayib-bukele,cbs-news&sel=cbs-news&xe=Country&xr=SAID&xa=cecot-follow-up&from=2025-03-01&h=r-1&pin=nayib-bukele:10:-21&layout=circle&path=cbs-news,nayib-bukele,r-1&pos=cbs-news:1:2',
    );
    const parsed = parseViewSearch(search);
    expect(parsed.entities).toEqual(['nayib-bukele', 'cbs-news']);
    expect(parsed.settings).toEqual({
      selection: ['cbs-news'],
      hiddenEntityTypes: ['Country'],
      hiddenRelationTypes: ['SAID'],
      hiddenArticles: ['cecot-follow-up'],
      dateRange: { from: '2025-03-01', to: null },
      hiddenIds: ['r-1'],
      pinned: new Map([['nayib-bukele', { x: 10, y: -21 }]]),
      layout: 'circle',
      positions: new Map([['cbs-news', { x: 1, y: 2 }]]),
      path: ['cbs-news', 'nayib-bukele', 'r-1'],
    });
    expect(parsed.unreadable).toBe(false);
  });

  it('tells a link whose entities cannot be read from a link with none', () => {
    expect(parseViewSearch('?e=%25%25%25').unreadable).toBe(true);
    expect(parseViewSearch('?e=Bad Id').unreadable).toBe(true);
    expect(parseViewSearch('').unreadable).toBe(false);
    expect(parseViewSearch('?layout=grid').unreadable).toBe(false);
  });

  it('reads the links other pages make (explorer-link.ts)', () => {
    const href = explorerHref({ entities: ['a', 'b'], selected: ['b'] });
    const parsed = parseViewSearch(href.slice(1));
    expect(parsed.entities).toEqual(['a', 'b']);
    expect(parsed.settings.selection).toEqual(['b']);
    expect(parseViewSearch('?handoff=abc123').handoff).toBe('abc123');
  });

  it('drops what does not look right instead of trusting it', () => {
    const parsed = parseViewSearch(
      '?e=ok,Bad Id,<script>&layout=spiral&pin=a:1:x,b:2:3&xe=no-dash&handoff=../x&xa=Bad,ok-doc&from=2025-3-1&to=x',
    );
    expect(parsed.settings.hiddenArticles).toEqual(['ok-doc']);
    expect(parsed.settings.dateRange).toEqual({ from: null, to: null });
    expect(parsed.entities).toEqual(['ok']);
    expect(parsed.settings.layout).toBe('fcose');
    expect([...parsed.settings.pinned]).toEqual([['b', { x: 2, y: 3 }]]);
    expect(parsed.settings.hiddenEntityTypes).toEqual([]);
    expect(parsed.handoff).toBeNull();
  });

  it('is empty for an empty view, and tells a selection change from a view change', () => {
    expect(viewSearch(INITIAL_VIEW)).toBe('');
    expect(differsOnlyInSelection('?e=a,b&sel=a', '?e=a,b&sel=b')).toBe(true);
    expect(differsOnlyInSelection('?e=a,b&sel=a', '?e=a&sel=a')).toBe(false);
  });
});
