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

/** What the index keeps of an entity beside MiniSearch: its names as one key, and cut into words for ranking. */
interface HeldNames {
  key: string;
  words: readonly (readonly string[])[];
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
   * Entity id → the names the index holds for it, also cut into words so that ranking the candidates of a
   * keystroke does not fold and cut the same names again (they change only when the entity does).
   */
  private held = new Map<string, HeldNames>();
  private graph: EntityGraph | undefined;

  sync(graph: EntityGraph): void {
    if (graph === this.graph) return;
    if (this.held.size === 0 || graph.order === 0) {
      this.index = newIndex();
      this.held = new Map();
    }
    const added: IndexedNames[] = [];
    graph.forEachNode((id, entity) => {
      const names = namesKey(entity);
      const before = this.held.get(id);
      if (before?.key === names) return;
      if (before === undefined) added.push({ id, names });
      else this.index.replace({ id, names });
      this.held.set(id, { key: names, words: nameWords(entity) });
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
      const words = held?.words ?? nameWords(entity);
      candidates.push({ id: key, name, aliases, degree: degreeOf(graph, key), score, words });
    }
    candidates.sort((a, b) => b.score - a.score || b.degree - a.degree || compareStrings(a.id, b.id));
    candidates.length = Math.min(candidates.length, NAME_CANDIDATES);
    return rankEntities(candidates, query, limit, (candidate) => candidate.words).map((hit) =>
      entityNode(graph, hit.id),
    );
  }
}

/** An entity's names as one string: what the index holds for it, and how a change of names is noticed. */
function namesKey(entity: { name: string; aliases: readonly string[] }): string {
  return [entity.name, ...entity.aliases].join('\n');
}

function newIndex(): MiniSearch<IndexedNames> {
  return new MiniSearch<IndexedNames>({
    fields: ['names'],
    tokenize: words,
    // words() has already folded every word; stop words are left out, as Neo4j's analyzer leaves them.
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
  });
}
