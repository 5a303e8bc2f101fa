import MiniSearch from 'minisearch';
import type { EntityNode } from '../model';
import { rankEntities } from '../search/entity-ranking';
import { allowedEdits } from '../search/name-match';
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
  /** Entity id → the names the index holds for it. */
  private held = new Map<string, string>();
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
      if (before === names) return;
      if (before === undefined) added.push({ id, names });
      else this.index.replace({ id, names });
      this.held.set(id, names);
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
    const candidates: {
      id: string;
      name: string;
      aliases: readonly string[];
      degree: number;
      score: number;
    }[] = [];
    const found = this.index.search(typed.join(' '), {
      combineWith: 'AND',
      prefix: true,
      fuzzy: (term) => allowedEdits(term),
      // Query words are folded already, and a stop word asked for (lookupWords) is the start of a word.
      processTerm: (term) => term,
    });
    for (const { id, score } of found) {
      const key = String(id);
      // A reader may hold an older state than the index follows: skip what its graph does not have.
      if (!graph.hasNode(key)) continue;
      const entity = graph.getNodeAttributes(key);
      if (allowed !== undefined && !allowed.has(entity.type)) continue;
      const degree = degreeOf(graph, key);
      candidates.push({ id: key, name: entity.name, aliases: entity.aliases, degree, score });
    }
    // As Neo4j's SEARCH_ENTITIES: the best index scores, the best connected among equal ones, are ranked.
    candidates.sort((a, b) => b.score - a.score || b.degree - a.degree || compareStrings(a.id, b.id));
    candidates.length = Math.min(candidates.length, NAME_CANDIDATES);
    return rankEntities(candidates, query, limit).map((hit) => entityNode(graph, hit.id));
  }
}

function newIndex(): MiniSearch<IndexedNames> {
  return new MiniSearch<IndexedNames>({
    fields: ['names'],
    tokenize: words,
    // words() has already folded every word; stop words are left out, as Neo4j's analyzer leaves them.
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
  });
}
