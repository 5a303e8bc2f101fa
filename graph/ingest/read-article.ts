import path from 'node:path';
import { InvalidDataError } from '../errors';
import { htmlToText } from './html-text';
import { looksEnglish } from './language';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** An article file turned into the plain text the extractor reads, with a title when the file has one. */
export interface ArticleText {
  text: string;
  title: string | null;
}

const fail = (file: string, message: string) => new InvalidDataError(`${file}: ${message}`, file, '(file)');

/**
 * Reads one article file for extraction, refusing with a message that says what to do: an empty file, a
 * binary or non-UTF-8 file, one past the size limit, an extension other than .txt/.md/.html, an HTML page
 * with no readable text, a text that is not English. Throws InvalidDataError; returns the text otherwise.
 */
export function readArticle(file: string, bytes: Uint8Array, maxBytes: number): ArticleText {
  const extension = path.extname(file).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw fail(file, `is not a .txt, .md or .html file. Save the article as one of those.`);
  }
  assertArticleSize(file, bytes.byteLength, maxBytes);
  if (bytes.byteLength === 0) throw fail(file, 'is empty. Give a file holding the article’s text.');
  if (bytes.includes(0))
    throw fail(file, 'is a binary file, not text. Give the article as UTF-8 text, Markdown or HTML.');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail(file, 'is not UTF-8 text (another encoding, or binary). Save it as UTF-8 and try again.');
  }
  raw = raw.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const article =
    extension === '.html' || extension === '.htm'
      ? htmlToText(raw)
      : { title: null, text: plainText(raw, extension) };
  if (article.text.trim() === '') {
    throw fail(
      file,
      extension.startsWith('.htm')
        ? 'holds no readable article text (only markup, scripts or navigation).'
        : 'holds only whitespace. Give a file holding the article’s text.',
    );
  }
  if (!looksEnglish(article.text)) {
    throw fail(
      file,
      'does not read as English; the extractor reads English articles only. Translate it, or add it by hand as a bundle (npm run import).',
    );
  }
  return article;
}

/** Refuses a file past the size limit; callers check the size before reading the file, too. */
export function assertArticleSize(file: string, byteLength: number, maxBytes: number): void {
  if (byteLength > maxBytes) {
    throw fail(
      file,
      `is ${byteLength} bytes, over the limit of ${maxBytes} (NEWSGRAPH_MAX_ARTICLE_BYTES). Give one article per file, or raise the limit.`,
    );
  }
}

/** Markdown made plain: headings, emphasis, links and images lose their marks; the words stay. */
function plainText(raw: string, extension: string): string {
  if (extension === '.txt') return raw;
  return raw
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gmu, '')
    .replace(/^\s{0,3}>\s?/gmu, '')
    .replace(/^\s*[-*+]\s+/gmu, '')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/gu, '$1')
    .replace(/`([^`]+)`/gu, '$1');
}
