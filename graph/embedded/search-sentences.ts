import MiniSearch from 'minisearch';
import type { Document, Evidence } from '../model';
import type { DocumentLinks } from '../store';
import { DOCUMENT_CANDIDATES } from '../search/candidates';
import { matchingSentences, newestFirst } from '../search/sentence-match';
import { lookupWords, STOP_WORDS, words } from '../search/words';
import type { EntityGraph } from './graph-state';
import { compareStrings, entityNode, relationCopy } from './graph-state';

/**
 * The embedded store's text index for the sentence search: MiniSearch over every document's text, folded
 * as graph/search/words.ts says. It finds the documents holding every word; graph/search/sentence-match.ts
 * cuts the newest of them into sentences (our own splitter) and ranks those, as the Neo4j adapter does
 * with its full-text index. One entry per document, not per sentence: on the 500k-relation benchmark graph
 * an index per sentence held twice the memory.
 *
 * Like EntityNameIndex it follows the store's current documents, adding and dropping only those that
 * changed (a state keeps the same Document object until a write replaces it). Built on the first
 * sentence search, not when the store opens: most sessions never ask, and it is the bigger index.
 */
export class SentenceIndex {
  private index = newIndex();
  /** Document id → the document indexed. */
  private held = new Map<string, Document>();
  private documents: ReadonlyMap<string, Document> | undefined;

  sync(documents: ReadonlyMap<string, Document>): void {
    if (documents === this.documents) return;
    if (documents.size === 0 || this.held.size === 0) {
      this.index = newIndex();
      this.held = new Map();
    }
    const added: Document[] = [];
    for (const document of documents.values()) {
      const before = this.held.get(document.id);
      if (before === document) continue;
      if (before === undefined) added.push(document);
      else this.index.replace(document);
      this.held.set(document.id, document);
    }
    this.index.addAll(added);
    if (this.held.size > documents.size) {
      for (const id of this.held.keys()) {
        if (documents.has(id)) continue;
        this.index.discard(id);
        this.held.delete(id);
      }
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
    const candidates = found
      .flatMap(({ id }) => {
        const document = documents.get(String(id));
        return document === undefined ? [] : [document];
      })
      .sort(newestFirst)
      .slice(0, DOCUMENT_CANDIDATES);
    return matchingSentences(candidates, query, limit);
  }
}

function newIndex(): MiniSearch<Document> {
  return new MiniSearch<Document>({
    fields: ['text'],
    tokenize: words,
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
  });
}

/**
 * Which entities and relations point into each document, for the sentence hits' links: built in one
 * pass over the graph when a sentence search first meets a graph, so that each search looks up its few
 * documents instead of scanning every entity and relation as `documentLinks` does (on the 500k-relation
 * graph that scan was most of a sentence search). Holds ids only.
 */
export class DocumentPointers {
  private graph: EntityGraph | undefined;
  private byDocument = new Map<string, { entities: string[]; relations: string[] }>();

  /** What `GraphStore.documentLinks` answers for these documents, from the pointers. */
  linksOf(graph: EntityGraph, documentIds: readonly string[]): DocumentLinks[] {
    if (graph !== this.graph) this.rebuild(graph);
    return [...new Set(documentIds)].sort(compareStrings).map((documentId) => {
      const pointers = this.byDocument.get(documentId) ?? { entities: [], relations: [] };
      return {
        documentId,
        entities: pointers.entities.map((id) => entityNode(graph, id)),
        relations: pointers.relations.map((id) => relationCopy(graph, id)),
      };
    });
  }

  private rebuild(graph: EntityGraph): void {
    const byDocument = new Map<string, { entities: string[]; relations: string[] }>();
    const add = (spans: readonly Evidence[], id: string, kind: 'entities' | 'relations') => {
      for (const documentId of new Set(spans.map((span) => span.documentId))) {
        let pointers = byDocument.get(documentId);
        if (pointers === undefined) byDocument.set(documentId, (pointers = { entities: [], relations: [] }));
        pointers[kind].push(id);
      }
    };
    graph.forEachNode((id, entity) => add(entity.mentions, id, 'entities'));
    graph.forEachEdge((id, relation) => add(relation.evidence, id, 'relations'));
    for (const pointers of byDocument.values()) {
      pointers.entities.sort(compareStrings);
      pointers.relations.sort(compareStrings);
    }
    this.byDocument = byDocument;
    this.graph = graph;
  }
}
