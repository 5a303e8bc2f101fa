import { createHash } from 'node:crypto';
import type { Document } from '../model';

/**
 * How two articles are recognised as one: the same text (whitespace and case aside, so a re-paste with
 * other line breaks still counts), or the same source address (scheme, `www.`, a trailing slash, the
 * fragment and tracking parameters aside).
 */
function textFingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

function canonicalUrl(source: string): string | null {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_|ref$)/i.test(key)) url.searchParams.delete(key);
  }
  const path = url.pathname.replace(/\/+$/, '');
  const query = url.searchParams.toString();
  return `${url.hostname.replace(/^www\./, '').toLowerCase()}${path}${query === '' ? '' : `?${query}`}`;
}

/** The first document in `documents` that is the same article as `text` or `source`, and why. */
export function findDuplicate(
  documents: readonly Document[],
  text: string,
  source: string | null,
): { document: Document; by: 'text' | 'url' } | undefined {
  const fingerprint = textFingerprint(text);
  const url = source === null ? null : canonicalUrl(source);
  for (const document of documents) {
    if (url !== null && document.source !== null && canonicalUrl(document.source) === url)
      return { document, by: 'url' };
    if (textFingerprint(document.text) === fingerprint) return { document, by: 'text' };
  }
  return undefined;
}
