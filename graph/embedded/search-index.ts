import MiniSearch from 'minisearch';
import type { EntityNode } from '../model';
import { rankEntities } from '../search/entity-ranking';
import { allowedEdits, nameWords } from '../search/name-match';
import { lookupWords, STOP_WORDS, words } from '../search/words';
import type { ResolvedSearch } from '../store-arguments';
import type { EntityGraph } from './graph-state';
import { compareStrings, degreeOf, entityNode } from './graph-state';
import { NAME_CANDIDATES } from '../search/candidates';

/** An entity as the index holds it: its id and all its names. */
interface IndexedNames {
  id: string;
  names: string;
}

/** A candidate for ranking: what MiniSearch scored it, and what ranking reads. */
interface Candidate {
  id: string;
  name: string;
  aliases: readonly string[];
  degree: number;
  score: number;
  words: readonly (readonly string[])[];
}

/**
 * The embedded store's name index: MiniSearch over every entity's name and aliases, folded and cut into
 * words as graph/search/words.ts says. It finds the candidates (every word typed must match a word of the
 * entity, exactly, as a prefix, or within allowedEdits typos); graph/search/entity-ranking.ts orders them.
 *
 * A state is never changed once published (graph-state.ts), but rebuilding the index for each state
 * would cost seconds on a big graph, so one index follows the store's current graph: `sync` compares the
 * graph with what the index holds (a short key per entity: its names) and adds, replaces or drops only the
 * entities that differ. The store syncs after opening the snapshot, after every write and clear, and
 * before each search (a reload of a file another process rewrote).
 */
export class EntityNameIndex {
  private index = newIndex();
  /**
   * Entity id → the names the index holds for it (how a change is noticed, without folding every name on
   * every write) and their words (heldWords), what ranking reads, so that the candidates of a keystroke are
   * not folded and cut again. Words are held as one string per entity and split when ranked: arrays of
   * words cost 34 MB more on the 100k-entity graph.
   */
  private held = new Map<string, { names: string; words: string }>();
  private graph: EntityGraph | undefined;

  sync(graph: EntityGraph): void {
    if (graph === this.graph) return;
    if (this.held.size === 0 || graph.order === 0) {
      this.index = newIndex();
      this.held = new Map();
    }
    const added: IndexedNames[] = [];
    graph.forEachNode((id, entity) => {
      const names = [entity.name, ...entity.aliases].join('\n');
      const before = this.held.get(id);
      if (before?.names === names) return;
      if (before === undefined) added.push({ id, names });
      else this.index.replace({ id, names });
      this.held.set(id, { names, words: heldWords(entity) });
    });
    this.index.addAll(added);
    if (this.held.size > graph.order) {
      for (const id of this.held.keys()) {
        if (graph.hasNode(id)) continue;
        this.index.discard(id);
        this.held.delete(id);
      }
    }
    this.graph = graph;
  }

  /** The best `limit` entities of `graph` for the query (the index must be synced with `graph`). */
  search(graph: EntityGraph, { query, types, limit }: ResolvedSearch): EntityNode[] {
    const typed = lookupWords(query);
    if (typed.length === 0) return [];
    const allowed = types === undefined ? undefined : new Set(types);
    const found = this.index.search(typed.join(' '), {
      combineWith: 'AND',
      prefix: true,
      fuzzy: (term) => allowedEdits(term),
      // Query words are folded already, and a stop word asked for (lookupWords) is the start of a word.
      processTerm: (term) => term,
    });
    // As Neo4j's SEARCH_ENTITIES: the best index scores, the best connected among equal ones, are ranked.
    // MiniSearch hands its results best score first, so only the head is read: the entities up to the
    // NAME_CANDIDATES-th, and those with the same score as that one (cut by degree and id below). A prefix
    // of a few letters matches thousands of names, whose degrees and names are never looked at.
    const candidates: Candidate[] = [];
    for (const { id, score } of found) {
      const last = candidates.at(-1);
      if (candidates.length >= NAME_CANDIDATES && last !== undefined && score < last.score) break;
      const key = String(id);
      // A reader may hold an older state than the index follows: skip what its graph does not have.
      if (!graph.hasNode(key)) continue;
      const entity = graph.getNodeAttributes(key);
      if (allowed !== undefined && !allowed.has(entity.type)) continue;
      const { name, aliases } = entity;
      // The held words are those of the graph the index follows; an older graph's names are cut again.
      const held = graph === this.graph ? this.held.get(key) : undefined;
      const words = held === undefined ? nameWords(entity) : splitHeld(held.words);
      candidates.push({ id: key, name, aliases, degree: degreeOf(graph, key), score, words });
    }
    candidates.sort((a, b) => b.score - a.score || b.degree - a.degree || compareStrings(a.id, b.id));
    candidates.length = Math.min(candidates.length, NAME_CANDIDATES);
    return rankEntities(candidates, query, limit, (candidate) => candidate.words).map((hit) =>
      entityNode(graph, hit.id),
    );
  }
}

/**
 * An entity's names folded and cut into words (nameWords), as one string: words joined by spaces, names
 * by line breaks (a word holds neither).
 */
function heldWords(entity: { name: string; aliases: readonly string[] }): string {
  return nameWords(entity)
    .map((name) => name.join(' '))
    .join('\n');
}

function splitHeld(held: string): string[][] {
  return held.split('\n').map((name) => (name === '' ? [] : name.split(' ')));
}

function newIndex(): MiniSearch<IndexedNames> {
  return new MiniSearch<IndexedNames>({
    fields: ['names'],
    tokenize: words,
    // words() has already folded every word; stop words are left out, as Neo4j's analyzer leaves them.
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
  });
}
