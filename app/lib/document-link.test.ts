import { describe, expect, it } from 'vitest';
import { documentHref, sentenceAnchor, spanFromAnchor } from './document-link';

describe('document links', () => {
  it('points at a document, or at one sentence of it', () => {
    expect(documentHref('cecot-bukele-clinton')).toBe('/documents/cecot-bukele-clinton');
    expect(documentHref('cecot-bukele-clinton', { start: 10, end: 42 })).toBe(
      '/documents/cecot-bukele-clinton#s-10-42',
    );
  });

  it('reads back the span an anchor names, with or without the #', () => {
    expect(spanFromAnchor(`#${sentenceAnchor({ start: 3, end: 9 })}`)).toEqual({ start: 3, end: 9 });
    expect(spanFromAnchor('s-0-1')).toEqual({ start: 0, end: 1 });
  });

  it('names no span for anything else', () => {
    for (const fragment of ['', '#', '#s-9-3', '#s-4-4', '#s-1', '#x-1-2', '#s-1-2-3', '#s--1-2']) {
      expect(spanFromAnchor(fragment)).toBeNull();
    }
  });
});
