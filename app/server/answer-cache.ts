import { LRUCache } from 'lru-cache';

/** One cached answer: the exact text and headers Apollo sent, and the operation's name for the log line. */
export interface CachedAnswer {
  body: string;
  headers: [string, string][];
  operationName: string | null;
}

/**
 * Answers to identical GraphQL reads of unchanged data, kept in memory (lru-cache, least recently used
 * first out) so a repeat skips parsing, validation, execution and serialization alike.
 *
 * - **Never stale.** The key starts with the store's data version (GraphStore.dataVersion: on the embedded
 *   store, the snapshot file's version, which every write, in this process or another, changes). An
 *   answer is kept only if the version was the same before and after it was made, so no write can have
 *   slipped in between; a store that names no version (Neo4j) is never cached.
 * - **Identical** means the same request body, byte for byte: only POSTs with a JSON body, which a browser
 *   cannot send cross-site without a preflight, so Apollo's CSRF check has nothing to say about a repeat.
 * - **Only clean answers**: status 200 without any error. An error carries the request's id and may depend
 *   on time (a TIMEOUT), so it is never replayed.
 * - **Bounded** by one rule, NEWSGRAPH_GRAPHQL_ANSWER_CACHE_MB (schema/api-config.ts): the total length
 *   of the cached bodies and keys; 0 turns the cache off. An answer bigger than the whole budget is not
 *   kept.
 */
export class AnswerCache {
  private readonly entries: LRUCache<string, CachedAnswer> | null;

  constructor(maxChars: number) {
    this.entries =
      maxChars <= 0
        ? null
        : new LRUCache<string, CachedAnswer>({
            maxSize: maxChars,
            sizeCalculation: (answer, key) => answer.body.length + key.length,
          });
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  get(version: string, body: string): CachedAnswer | undefined {
    return this.entries?.get(keyOf(version, body));
  }

  set(version: string, body: string, answer: CachedAnswer): void {
    this.entries?.set(keyOf(version, body), answer);
  }

  /** How many answers are kept now (for the tests). */
  get size(): number {
    return this.entries?.size ?? 0;
  }
}

function keyOf(version: string, body: string): string {
  return `${version}\n${body}`;
}
