import type { Document, Evidence } from '../model';
import type { DocumentLinks, SentenceHit } from '../store';
import { splitSentences } from '../text/sentences';
import { words } from './words';

/**
 * The sentence search's own rules, applied by both stores to the candidates their full-text index finds:
 * a sentence matches when it holds every word typed (folded as words.ts says; the last word may be the
 * start of a word, as one types). The ones holding the words as a phrase, in order, come first; then the
 * newest document (undated last), then document id, then place in the document. Both stores read the
 * DOCUMENT_CANDIDATES newest documents holding every word (graph/search/candidates.ts).
 */
const PHRASE = 0;
const ALL_WORDS = 1;

/** A sentence that matched, with what ranking reads. */
interface SentenceMatch {
  documentId: string;
  publishedAt: string | null;
  sentence: string;
  start: number;
  end: number;
  quality: number;
}

/** How `typed` (words, in order) matches `text`: PHRASE, ALL_WORDS or null. */
function matchSentence(typed: readonly string[], text: string): number | null {
  const found = words(text);
  const last = typed.length - 1;
  const hit = (i: number, word: string | undefined) =>
    word !== undefined && (word === typed[i] || (i === last && word.startsWith(typed[i] ?? '\u0000')));
  if (!typed.every((_, i) => found.some((word) => hit(i, word)))) return null;
  for (let at = 0; at + typed.length <= found.length; at += 1) {
    if (typed.every((_, i) => hit(i, found[at + i]))) return PHRASE;
  }
  return ALL_WORDS;
}

/**
 * The sentences of `documents` (the candidates an index found: documents holding every word) that match
 * `query`, best first, at most `limit`. Documents are read newest first, and reading stops once `limit`
 * phrases are found, since no older document can rank above them: cutting a long article into sentences
 * is the costly part.
 */
export function matchingSentences(
  documents: Iterable<Document>,
  query: string,
  limit: number,
): SentenceMatch[] {
  const reading = new SentenceReading(query, limit);
  for (const document of [...documents].sort(newestFirst)) {
    if (reading.complete) break;
    reading.read(document);
  }
  return reading.best();
}

/**
 * matchingSentences one document at a time, for a store that fetches the candidates' texts in batches
 * (Neo4j): `read` each document newest first (newestFirst) until `complete`, then take `best`.
 */
export class SentenceReading {
  private readonly typed: string[];
  private readonly matches: SentenceMatch[] = [];
  private phrases = 0;

  constructor(
    query: string,
    private readonly limit: number,
  ) {
    this.typed = words(query);
  }

  /** True once no document older than those read can change the answer. */
  get complete(): boolean {
    return this.typed.length === 0 || this.phrases >= this.limit;
  }

  read(document: Document): void {
    if (this.typed.length === 0) return;
    for (const { text, start, end } of splitSentences(document.text)) {
      const quality = matchSentence(this.typed, text);
      if (quality === null) continue;
      if (quality === PHRASE) this.phrases += 1;
      this.matches.push({
        documentId: document.id,
        publishedAt: document.publishedAt,
        sentence: text,
        start,
        end,
        quality,
      });
    }
  }

  /** The matches found so far, best first, at most `limit`. */
  best(): SentenceMatch[] {
    return [...this.matches].sort(bySentenceRank).slice(0, this.limit);
  }
}

/** What the reading order needs of a document (Neo4j fetches it before any text). */
export type DocumentHead = Pick<Document, 'id' | 'publishedAt'>;

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first, undated last, then by id: the order candidates are read in (Neo4j's SEARCH_DOCUMENTS too). */
export function newestFirst(a: DocumentHead, b: DocumentHead): number {
  return order(b.publishedAt ?? '', a.publishedAt ?? '') || order(a.id, b.id);
}

function bySentenceRank(a: SentenceMatch, b: SentenceMatch): number {
  return (
    a.quality - b.quality ||
    order(b.publishedAt ?? '', a.publishedAt ?? '') ||
    order(a.documentId, b.documentId) ||
    a.start - b.start
  );
}

/**
 * The hits with what each sentence mentions and evidences: the entities with a mention inside the
 * sentence and the relations with evidence inside it, from `links` (GraphStore.documentLinks of the hits'
 * documents), each by id as there.
 */
export function withLinks(matches: readonly SentenceMatch[], links: readonly DocumentLinks[]): SentenceHit[] {
  const byDocument = new Map(links.map((link) => [link.documentId, link]));
  return matches.map(({ documentId, sentence, start, end }) => {
    const link = byDocument.get(documentId);
    const inside = (spans: readonly Evidence[]) =>
      spans.some((span) => span.documentId === documentId && span.start >= start && span.end <= end);
    return {
      documentId,
      sentence,
      start,
      end,
      entities: (link?.entities ?? []).filter((entity) => inside(entity.mentions)),
      relations: (link?.relations ?? []).filter((relation) => inside(relation.evidence)),
    };
  });
}
