import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import { readArticle } from './read-article';

const bytes = (s: string) => new TextEncoder().encode(s);
const ENGLISH =
  'The president of the country said on Tuesday that he was ready to work with the court and the press, and that the prison would be open to visits by journalists from abroad.';
const read = (name: string, content: Uint8Array, max = 10_000) => readArticle(name, content, max);
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDataError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('readArticle', () => {
  it('reads a UTF-8 text file as it is', () => {
    expect(read('a.txt', bytes(`${ENGLISH}\n`))).toEqual({ title: null, text: `${ENGLISH}\n` });
  });

  it('drops Markdown marks and keeps the words', () => {
    const { text } = read(
      'a.md',
      bytes(`# Headline\n\n**${ENGLISH}** See [the report](https://example.com).`),
    );
    expect(text).toContain('Headline');
    expect(text).toContain('See the report.');
    expect(text).not.toMatch(/[#*[\]]/u);
  });

  it('reduces HTML full of scripts and trackers to the article’s text, one paragraph a line', () => {
    const html = `<html><head><title>Bukele replies</title><script>track("x")</script></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Bukele replies</h1><p>${ENGLISH}</p><p>${ENGLISH.replace('Tuesday', 'Monday')}</p>
      <script>document.write('<img src=https://tracker.example/p.gif>')</script></article>
      <iframe src="https://ads.example"></iframe></body></html>`;
    const article = read('a.html', bytes(html));
    expect(article.title).toBe('Bukele replies');
    expect(article.text).toContain(ENGLISH);
    expect(article.text).not.toMatch(/track|document\.write|tracker/u);
    expect(article.text.split('\n').filter((l) => l.startsWith('The president'))).toHaveLength(2);
  });

  it('refuses an empty file, and one of only whitespace', () => {
    expect(refusal(() => read('a.txt', bytes('')))).toMatch(/a\.txt: is empty/u);
    expect(refusal(() => read('a.txt', bytes(' \n\t\n')))).toMatch(/only whitespace/u);
  });

  it('refuses a binary file and a file in another encoding', () => {
    expect(refusal(() => read('a.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).toMatch(
      /binary/u,
    );
    const latin1 = new Uint8Array([...bytes('Caf'), 0xe9, ...bytes(` ${ENGLISH}`)]);
    expect(refusal(() => read('a.txt', latin1))).toMatch(/not UTF-8/u);
  });

  it('refuses a file past the size limit, naming the setting', () => {
    expect(refusal(() => read('a.txt', bytes(ENGLISH), 10))).toMatch(
      /over the limit of 10 \(NEWSGRAPH_MAX_ARTICLE_BYTES\)/u,
    );
  });

  it('refuses a text in another language', () => {
    const spanish =
      'El presidente del país dijo el martes que estaba dispuesto a trabajar con los tribunales y la prensa, y que la cárcel estaría abierta a las visitas de periodistas extranjeros durante todo el año.';
    expect(refusal(() => read('a.txt', bytes(spanish)))).toMatch(/does not read as English/u);
  });

  it('refuses HTML with no readable text and a file of another kind', () => {
    expect(
      refusal(() => read('a.html', bytes('<html><script>x()</script><style>p{}</style></html>'))),
    ).toMatch(/no readable/u);
    expect(refusal(() => read('a.pdf', bytes(ENGLISH)))).toMatch(/not a \.txt, \.md or \.html file/u);
  });
});
