import type { Document } from '../model';

/** Text compared for sameness: spacing and line endings aside. */
const comparable = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * Whether an article is already in the graph: a stored document with the same source URL, or the same
 * text. Returns a sentence naming the document, or undefined.
 */
export function findDuplicate(
  article: { text: string; source: string | null },
  stored: readonly Document[],
): string | undefined {
  if (article.source !== null) {
    const sameUrl = stored.find((d) => d.source === article.source);
    if (sameUrl !== undefined)
      return `is already in the graph: document "${sameUrl.id}" has the same source (${article.source}).`;
  }
  const text = comparable(article.text);
  const sameText = stored.find((d) => comparable(d.text) === text);
  if (sameText !== undefined) return `is already in the graph: document "${sameText.id}" has the same text.`;
  return undefined;
}
