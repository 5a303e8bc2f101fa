import { graphConfig } from '../../graph/config';
import { collectExport, exportBaseName } from '../../graph/export/collect';
import { exportGraph } from '../../graph/export';
import type { ExportFile } from '../../graph/export/types';
import type { ArgumentsOf } from '../arguments';
import { exportSubgraphArgs, parseArguments } from '../arguments';
import type { FieldResolver } from './types';

/**
 * `Query.exportSubgraph`: checks its arguments, then hands over to the export library, the same code
 * `GET /api/export` and `npm run export` run, with the limit of the graph's settings (graph/config.ts).
 */
export const exportSubgraph = (async (_root, args, { store }) => {
  const { ids, depth, relationTypes, format } = parseArguments(exportSubgraphArgs, args);
  const { maxNodes } = graphConfig().exportLimits;
  const input = await collectExport(store, { ids, depth, relationTypes, maxNodes });
  return exportGraph(input, format, { baseName: exportBaseName({ ids, depth }) });
}) satisfies FieldResolver<unknown, ArgumentsOf<typeof exportSubgraphArgs>, ExportFile>;
