import { ArticleRejectedError } from './errors';

/**
 * Bytes of an uploaded or pasted article to a string, refusing what is not text: a NUL byte or many
 * control characters say binary (a PDF, a Word file, an image), and bytes that are not UTF-8 say another
 * encoding. A byte-order mark is dropped; line endings become `\n`, so offsets do not depend on the
 * system the file was saved on.
 */
export function decodeArticleBytes(bytes: Uint8Array, name: string): string {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw binary(name);
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  if (sample.length > 0 && control / sample.length > 0.1) throw binary(name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleRejectedError(
      'ENCODING',
      `${name} is not UTF-8 text. Open it in an editor and save it as UTF-8, then try again.`,
    );
  }
  return normaliseLineEndings(text);
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function binary(name: string): ArticleRejectedError {
  return new ArticleRejectedError(
    'BINARY',
    `${name} is a binary file, not text. Upload the article as .txt, .md or .html, or paste its text.`,
  );
}
