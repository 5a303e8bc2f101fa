'use client';

import { gql } from '@/app/lib/graphql-client';
import { STATS_QUERY } from '@/app/lib/queries';
import type { StatsResult } from '@/app/lib/queries';
import { useAsync } from '@/app/lib/use-async';

/**
 * The size of the whole graph, so the reader knows how much of it the canvas shows. Silent on failure.
 * `revision` changes when the graph did (an import), to load the totals again.
 */
export function StatsLine({ revision = 0 }: { revision?: number }) {
  const stats = useAsync(`stats:${revision}`, (signal) =>
    gql<StatsResult>(STATS_QUERY, {}, { signal }).then((r) => r.stats),
  );
  if (stats.status !== 'ready') return <p className="stats" aria-hidden="true" />;
  const { entityCount, relationCount, documentCount } = stats.data;
  return (
    <p className="stats" data-testid="graph-stats">
      In the graph: {entityCount} entities · {relationCount} relations · {documentCount}{' '}
      {documentCount === 1 ? 'article' : 'articles'}
    </p>
  );
}
