import { splitSentences } from '../text/sentences';
import type { ArticleInput } from './article-input';
import { fileKindOf } from './article-input';
import { decodeArticleBytes, normaliseLineEndings } from './decode-text';
import { ArticleRejectedError } from './errors';
import { htmlToArticleText } from './html-text';
import { assertEnglish } from './language';
import { markdownToArticleText } from './markdown-text';

/** An article's text as it will be stored (offsets index into it), and the title it came with, if any. */
export interface ArticleText {
  text: string;
  /** The HTML page's own title, used when the form gives none. */
  foundTitle: string | null;
}

/**
 * Public: reads what a person pasted or uploaded (or a file `npm run ingest` was given) into the text of
 * one article, refusing, each with a message that says what to do, what cannot be one: an empty or oversized body, a binary or non-UTF-8
 * file, a file type we do not read, an HTML page made of scripts or with no article in it, text in
 * another language. Nothing is stored here.
 */
export function readArticleText(input: ArticleInput, maxBytes: number): ArticleText {
  const { body } = input;
  const size = body.kind === 'pasted' ? Buffer.byteLength(body.text, 'utf8') : body.bytes.byteLength;
  const label = body.kind === 'pasted' ? 'The pasted text' : body.name;
  assertArticleSize(label, size, maxBytes);
  let raw: string;
  let kind: 'txt' | 'md' | 'html';
  if (body.kind === 'pasted') {
    raw = normaliseLineEndings(body.text);
    kind = /^\s*(<!doctype html|<html[\s>])/i.test(raw) ? 'html' : 'txt';
  } else {
    const fileKind = fileKindOf(body.name);
    if (fileKind === undefined) {
      throw new ArticleRejectedError(
        'UNSUPPORTED_FILE',
        `${body.name} is not a .txt, .md or .html file. Save the article as one of those, or paste its text.`,
      );
    }
    kind = fileKind;
    raw = decodeArticleBytes(body.bytes, body.name);
  }
  let foundTitle: string | null = null;
  let text = raw;
  if (kind === 'html') ({ title: foundTitle, text } = htmlToArticleText(raw, label));
  if (kind === 'md') text = markdownToArticleText(raw);
  text = text.trim();
  if (text === '' || splitSentences(text).length === 0) {
    throw new ArticleRejectedError(
      'EMPTY',
      `${label} is empty. Paste the article's text or choose a file that holds it.`,
    );
  }
  assertEnglish(text);
  return { text, foundTitle };
}

/**
 * Refuses an article past the size limit. `npm run ingest` also calls it with a file's size before
 * reading the file, so a huge file is never loaded.
 */
export function assertArticleSize(label: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new ArticleRejectedError(
      'TOO_LARGE',
      `${label} is ${kb(size)}, over the limit of ${kb(maxBytes)} for one article. Give only the article itself, or raise NEWSGRAPH_MAX_ARTICLE_BYTES.`,
    );
  }
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
