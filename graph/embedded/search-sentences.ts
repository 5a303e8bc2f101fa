import MiniSearch from 'minisearch';
import type { Document } from '../model';
import { SENTENCE_CANDIDATES } from '../search/candidates';
import { rankSentenceMatches } from '../search/sentence-match';
import { lookupWords, STOP_WORDS, words } from '../search/words';
import { splitSentences } from '../text/sentences';

/** Where one indexed sentence sits. */
interface SentencePlace {
  documentId: string;
  start: number;
  end: number;
}

/**
 * The embedded store's sentence index: MiniSearch over every sentence of every document (cut by our own
 * splitter, graph/text/sentences.ts), folded as graph/search/words.ts says. Only places are kept: the text
 * is read back from the document. Like EntityNameIndex it follows the store's current documents, adding
 * and dropping only the documents that changed (a state keeps the same Document object until a write
 * replaces it). Built on the first sentence search, not when the store opens: most sessions never ask.
 */
export class SentenceIndex {
  private index = newIndex();
  private places = new Map<number, SentencePlace>();
  /** Document id → the document indexed and the ids of its sentences. */
  private held = new Map<string, { document: Document; ids: number[] }>();
  private documents: ReadonlyMap<string, Document> | undefined;
  private nextId = 0;

  sync(documents: ReadonlyMap<string, Document>): void {
    if (documents === this.documents) return;
    if (documents.size === 0) {
      this.index = newIndex();
      this.places = new Map();
      this.held = new Map();
    }
    const added: { id: number; text: string }[] = [];
    for (const document of documents.values()) {
      const before = this.held.get(document.id);
      if (before?.document === document) continue;
      if (before !== undefined) this.drop(document.id, before.ids);
      const ids: number[] = [];
      for (const { text, start, end } of splitSentences(document.text)) {
        const id = this.nextId++;
        ids.push(id);
        added.push({ id, text });
        this.places.set(id, { documentId: document.id, start, end });
      }
      this.held.set(document.id, { document, ids });
    }
    this.index.addAll(added);
    if (this.held.size > documents.size) {
      for (const [id, { ids }] of this.held) if (!documents.has(id)) this.drop(id, ids);
    }
    this.documents = documents;
  }

  /** The best `limit` sentences for `query` among the documents (the index must be synced with them). */
  search(documents: ReadonlyMap<string, Document>, query: string, limit: number) {
    const typed = lookupWords(query);
    if (typed.length === 0) return [];
    const found = this.index.search(typed.join(' '), {
      combineWith: 'AND',
      prefix: (term, i, terms) => i === terms.length - 1 || STOP_WORDS.has(term),
      processTerm: (term) => term,
    });
    const candidates = found.slice(0, SENTENCE_CANDIDATES).flatMap(({ id }) => {
      const place = this.places.get(Number(id));
      const document = place === undefined ? undefined : documents.get(place.documentId);
      if (place === undefined || document === undefined) return [];
      return [
        {
          ...place,
          publishedAt: document.publishedAt,
          sentence: document.text.slice(place.start, place.end),
        },
      ];
    });
    return rankSentenceMatches(candidates, query, limit);
  }

  private drop(documentId: string, ids: readonly number[]): void {
    for (const id of ids) {
      this.index.discard(id);
      this.places.delete(id);
    }
    this.held.delete(documentId);
  }
}

function newIndex(): MiniSearch<{ id: number; text: string }> {
  return new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    tokenize: words,
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
  });
}
