import type { CanvasGraph } from '@/app/lib/graph-data';
import { gql } from '@/app/lib/graphql-client';
import { SOURCE_DOCUMENTS_QUERY } from '@/app/lib/queries';
import type { SourceDocument, SourceDocumentsResult } from '@/app/lib/queries';

/**
 * The picture's source line: the articles the drawn relations were read from, each with its outlet and
 * publication date, so that a graphic printed on its own still says where every line on it came from.
 */

/** How many articles the line names; the rest are counted ("and 3 more articles"). */
export const MAX_NAMED_SOURCES = 8;

/**
 * The ids of the documents the drawn relations' evidence points into, the most cited first (then by id):
 * when the line has to stop, the articles behind most of the picture are the ones it names.
 */
export function drawnDocumentIds(graph: CanvasGraph): string[] {
  const relationsCiting = new Map<string, number>();
  for (const relation of graph.edges.values()) {
    // documentIds names each article once; a set keeps the count right even if it did not.
    for (const id of new Set(relation.documentIds)) {
      relationsCiting.set(id, (relationsCiting.get(id) ?? 0) + 1);
    }
  }
  return [...relationsCiting]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}

/** The outlet a document's `source` names: a URL's host without "www.", or the name as written. */
export function outletName(source: string | null): string | null {
  const value = source?.trim() ?? '';
  if (value === '') return null;
  if (/^https?:\/\//i.test(value)) {
    try {
      return new URL(value).hostname.replace(/^www\./i, '');
    } catch {
      return value;
    }
  }
  return value;
}

/** "2025-03-17" → "17 March 2025" (the date as published, not moved by a time zone); other text as is. */
export function publicationDate(publishedAt: string | null): string | null {
  const value = publishedAt?.trim() ?? '';
  if (value === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * `Sources: “Title”, outlet, 17 March 2025; “Other title”, outlet.` with what is known of each article,
 * the documents in the order given, and "and N more articles" when `total` passes what is named. Empty
 * when there is nothing to name.
 */
export function sourceLine(documents: readonly SourceDocument[], total: number = documents.length): string {
  if (documents.length === 0) return '';
  const named = documents
    .slice(0, MAX_NAMED_SOURCES)
    .map((document) =>
      [`“${document.title.trim()}”`, outletName(document.source), publicationDate(document.publishedAt)]
        .filter((part): part is string => part !== null)
        .join(', '),
    );
  const more = Math.max(0, total - named.length);
  const label = total === 1 ? 'Source' : 'Sources';
  const rest = more === 0 ? '' : `; and ${more} more ${more === 1 ? 'article' : 'articles'}`;
  return `${label}: ${named.join('; ')}${rest}.`;
}

/**
 * The source line of `graph` (what is drawn), with one request for the articles it names. Documents that
 * are no longer in the store are left out of the line.
 */
export async function fetchSourceLine(graph: CanvasGraph): Promise<string> {
  const ids = drawnDocumentIds(graph);
  if (ids.length === 0) return '';
  const shown = ids.slice(0, MAX_NAMED_SOURCES);
  const { documents } = await gql<SourceDocumentsResult>(SOURCE_DOCUMENTS_QUERY, { ids: shown });
  const byId = new Map(documents.map((d) => [d.id, d]));
  const found = shown.map((id) => byId.get(id)).filter((d): d is SourceDocument => d !== undefined);
  return sourceLine(found, found.length + (ids.length - shown.length));
}
