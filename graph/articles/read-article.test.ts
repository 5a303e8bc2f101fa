import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_TEXT } from '../drafts/testing/sample-draft';
import type { ArticleInput } from './article-input';
import { ArticleRejectedError } from './errors';
import type { ArticleProblem } from './errors';
import { readArticleText } from './read-article';

const MAX = 64 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, bytes: Uint8Array): ArticleInput => ({ body: { kind: 'file', name, bytes } });
const pasted = (text: string): ArticleInput => ({ body: { kind: 'pasted', text } });

function problemOf(input: ArticleInput, max = MAX): ArticleProblem | undefined {
  try {
    readArticleText(input, max);
    return undefined;
  } catch (error) {
    if (error instanceof ArticleRejectedError) return error.problem;
    throw error;
  }
}

describe('readArticleText', () => {
  it('keeps pasted text as it is, line endings made \\n and the ends trimmed', () => {
    const { text } = readArticleText(pasted(`\n${FOLLOW_UP_TEXT.replace(/\n/g, '\r\n')}  `), MAX);
    expect(text).toBe(FOLLOW_UP_TEXT.trim());
  });

  it('reads a .txt upload as UTF-8, dropping a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FOLLOW_UP_TEXT)]);
    expect(readArticleText(file('a.txt', bytes), MAX).text).toBe(FOLLOW_UP_TEXT.trim());
  });

  it('reduces an .html page to its article, without navigation or scripts, and finds its title', () => {
    const html = `<!doctype html><html><head><title>Transfers go on</title><script>track()</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Transfers go on</h1>${FOLLOW_UP_TEXT.split('. ')
        .map((s) => `<p>${s}. ${s}.</p>`)
        .join('')}</article><footer>Subscribe now</footer></body></html>`;
    const { text, foundTitle } = readArticleText(file('page.html', utf8(html)), MAX);
    expect(foundTitle).toBe('Transfers go on');
    expect(text).toContain('President Nayib Bukele said the prison would stay open to foreign inspectors.');
    expect(text).not.toMatch(/Subscribe|track\(\)|World/);
  });

  it('takes the markup out of a .md file', () => {
    const md = `# Transfers go on\n\n**${FOLLOW_UP_TEXT.trim()}** See [the report](https://example.org).`;
    const { text } = readArticleText(file('a.md', utf8(md)), MAX);
    expect(text).toContain('Transfers go on\n\nThe Trump administration');
    expect(text).toContain('See the report.');
    expect(text).not.toMatch(/[#*[\]]/);
  });

  it.each<[string, ArticleInput, ArticleProblem]>([
    ['empty pasted text', pasted('  \n\t '), 'EMPTY'],
    ['an empty file', file('a.txt', new Uint8Array()), 'EMPTY'],
    ['a binary file', file('a.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])), 'BINARY'],
    [
      'a Latin-1 file',
      file('a.txt', new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait, said Bukele.')])),
      'ENCODING',
    ],
    ['a .pdf', file('a.pdf', utf8(FOLLOW_UP_TEXT)), 'UNSUPPORTED_FILE'],
    [
      'text in Spanish',
      pasted(
        'El presidente Nayib Bukele dijo el martes que la cárcel seguirá abierta a los inspectores extranjeros. El gobierno de Estados Unidos seguirá enviando a los migrantes deportados al centro penitenciario.',
      ),
      'LANGUAGE',
    ],
    [
      'a page of scripts',
      file(
        'app.html',
        utf8(`<html><body><script>${'var x = 1;'.repeat(500)}</script><p>Loading…</p></body></html>`),
      ),
      'SCRIPT_LADEN',
    ],
    [
      'a page with no text',
      file('empty.html', utf8('<html><body><div></div></body></html>')),
      'NO_ARTICLE_TEXT',
    ],
  ])('refuses %s', (_, input, problem) => {
    expect(problemOf(input)).toBe(problem);
  });

  it('refuses an article over the size limit, pasted or uploaded', () => {
    expect(problemOf(pasted(FOLLOW_UP_TEXT), 100)).toBe('TOO_LARGE');
    expect(problemOf(file('a.txt', utf8(FOLLOW_UP_TEXT)), 100)).toBe('TOO_LARGE');
  });
});
