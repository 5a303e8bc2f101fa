import { describe, expect, it } from 'vitest';
import { formatPublishedAt, sourceHref, sourceLabel } from './article-meta';

describe('formatPublishedAt', () => {
  it('prints an ISO day as day, short month and year, the same in every time zone', () => {
    expect(formatPublishedAt('2024-03-14')).toBe('14 Mar 2024');
  });

  it('leaves what it cannot read as written', () => {
    expect(formatPublishedAt('spring 2024')).toBe('spring 2024');
  });
});

describe('sourceLabel and sourceHref', () => {
  it('shows a web address as its host and links to it', () => {
    expect(sourceLabel('https://www.example.com/news/1')).toBe('www.example.com');
    expect(sourceHref('https://www.example.com/news/1')).toBe('https://www.example.com/news/1');
  });

  it('shows a publication’s name as written, without a link', () => {
    expect(sourceLabel('Harbor City Chronicle')).toBe('Harbor City Chronicle');
    expect(sourceHref('Harbor City Chronicle')).toBeNull();
  });

  it('never links an address that would run code', () => {
    expect(sourceHref('javascript:alert(1)')).toBeNull();
    expect(sourceHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(sourceLabel('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});
