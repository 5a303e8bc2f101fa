import type { GraphBatch } from '../../../graph/model';
import { Random } from './random';

/**
 * The arguments benchmark queries are sent with, drawn once from a generated graph with their own seed, so
 * that the HTTP and the in-process measurements ask exactly the same questions in the same order.
 */
export interface Workload {
  /** Entity ids drawn uniformly: a visitor may click anything, not only hubs. */
  entityIds: string[];
  /** Pairs of distinct entity ids for shortestPath. */
  pairs: [string, string][];
  /** Search terms as people type them: whole names, surnames, first letters, words inside names. */
  searchTerms: string[];
}

export interface WorkloadOptions {
  size?: number;
  seed?: number;
}

/** Draws `size` (default 256) arguments of each kind from `batch`. */
export function drawWorkload(batch: GraphBatch, options: WorkloadOptions = {}): Workload {
  const size = options.size ?? 256;
  const random = new Random(options.seed ?? 7);
  const { entities } = batch;
  if (entities.length < 2) throw new RangeError('drawWorkload: the graph needs at least two entities.');
  const anyEntity = () => random.pick(entities);

  const entityIds = Array.from({ length: size }, () => anyEntity().id);
  const pairs = Array.from({ length: size }, (): [string, string] => {
    const from = anyEntity();
    let to = anyEntity();
    while (to.id === from.id) to = anyEntity();
    return [from.id, to.id];
  });
  const searchTerms = Array.from({ length: size }, () => searchTerm(anyEntity().name, random));
  return { entityIds, pairs, searchTerms };
}

function searchTerm(name: string, random: Random): string {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const word = random.pick(words.length > 0 ? words : [name]);
  const term = random.weighted<string>([
    [name, 2],
    [word, 3],
    [name.slice(0, 3 + random.int(3)), 3],
    [word.slice(1, 1 + Math.max(3, word.length - 2)), 1],
  ]);
  // People mostly type in lower case; the search ignores case, so both must find the same entities.
  const typed = random.chance(0.5) ? term.toLowerCase() : term;
  return typed.trim() === '' ? name : typed;
}
