import type { InducedSubgraph, Subgraph as SubgraphValue } from '../../graph/model';
import type { FieldResolver } from './types';

/**
 * Subgraph's one computed field: `missing` is only known for `subgraph(ids:)` (an induced subgraph); a
 * neighbourhood, a path or the overview names no ids that could be missing.
 */
export const Subgraph = {
  missing: ((subgraph) => ('missing' in subgraph ? subgraph.missing : [])) satisfies FieldResolver<
    SubgraphValue | InducedSubgraph,
    unknown,
    string[]
  >,
};
