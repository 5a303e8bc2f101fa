import { describe, expect, it } from 'vitest';
import {
  MAX_NAMED_SOURCES,
  drawnDocumentIds,
  outletName,
  publicationDate,
  sourceLine,
} from './canvas-image-sources';
import { graphOf, relation } from './canvas-image-testing';

const bukele = { id: 'nayib-bukele', name: 'Nayib Bukele', type: 'Person' };
const clinton = { id: 'hillary-clinton', name: 'Hillary Clinton', type: 'Person' };
const cecot = { id: 'cecot', name: 'CECOT', type: 'Prison' };

describe('drawnDocumentIds', () => {
  it('lists each document the drawn relations cite once, the most cited first, then by id', () => {
    const graph = graphOf([
      relation('r1', 'CRITICIZED', clinton, cecot, ['wire', 'cbs', 'cbs']),
      relation('r2', 'REPLIED_TO', bukele, clinton, ['cbs']),
      relation('r3', 'LOCATED_IN', cecot, bukele, ['atlas']),
    ]);
    expect(drawnDocumentIds(graph)).toEqual(['cbs', 'atlas', 'wire']);
  });

  it('is empty for a canvas without relations', () => {
    expect(drawnDocumentIds(graphOf([], [bukele]))).toEqual([]);
  });
});

describe('outletName', () => {
  it('reads the host of a URL, without www.', () => {
    expect(outletName('https://www.cbsnews.com/news/cecot-60-minutes/')).toBe('cbsnews.com');
    expect(outletName('http://elfaro.net/es/2025')).toBe('elfaro.net');
  });

  it('keeps a publication’s name, and gives nothing for nothing', () => {
    expect(outletName('  Reuters ')).toBe('Reuters');
    expect(outletName(null)).toBeNull();
    expect(outletName('')).toBeNull();
  });
});

describe('publicationDate', () => {
  it('writes an ISO date in words, the day it was published wherever the reader is', () => {
    expect(publicationDate('2025-03-17')).toBe('17 March 2025');
    expect(publicationDate('2024-12-31')).toBe('31 December 2024');
  });

  it('keeps other text as it is, and gives nothing for nothing', () => {
    expect(publicationDate('spring 2025')).toBe('spring 2025');
    expect(publicationDate(null)).toBeNull();
  });
});

describe('sourceLine', () => {
  const cbs = {
    id: 'cbs',
    title: 'Bukele answers Hillary Clinton’s criticism of CECOT',
    source: 'https://www.cbsnews.com/news/x',
    publishedAt: '2025-03-17',
  };
  const wire = { id: 'wire', title: 'A wire report', source: 'Reuters', publishedAt: null };
  const bare = { id: 'bare', title: 'Untraced note', source: null, publishedAt: null };

  it('names each article with its outlet and date, leaving out what is not known', () => {
    expect(sourceLine([cbs])).toBe(
      'Source: “Bukele answers Hillary Clinton’s criticism of CECOT”, cbsnews.com, 17 March 2025.',
    );
    expect(sourceLine([cbs, wire, bare])).toBe(
      'Sources: “Bukele answers Hillary Clinton’s criticism of CECOT”, cbsnews.com, 17 March 2025; “A wire report”, Reuters; “Untraced note”.',
    );
  });

  it('counts the articles it does not name', () => {
    const many = Array.from({ length: MAX_NAMED_SOURCES + 2 }, (_, i) => ({
      ...bare,
      id: `d${i}`,
      title: `T${i}`,
    }));
    const line = sourceLine(many);
    expect(line).toContain(`“T${MAX_NAMED_SOURCES - 1}”`);
    expect(line).not.toContain(`“T${MAX_NAMED_SOURCES}”`);
    expect(line.endsWith('; and 2 more articles.')).toBe(true);
    expect(sourceLine([wire], 2)).toBe('Sources: “A wire report”, Reuters; and 1 more article.');
  });

  it('is empty when there is nothing to name', () => {
    expect(sourceLine([])).toBe('');
  });
});
