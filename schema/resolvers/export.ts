import { collectExport, exportBaseName } from '../../graph/export/collect';
import { exportGraph } from '../../graph/export';
import { resolveExportLimits } from '../../graph/export/limits';
import type { ExportFile } from '../../graph/export/types';
import type { ArgumentsOf } from '../arguments';
import { exportSubgraphArgs, parseArguments } from '../arguments';
import type { FieldResolver } from './types';

/**
 * `Query.exportSubgraph`: checks its arguments, then hands over to the export library, the same code
 * `GET /api/export` and `npm run export` run. The limit is read per request (one small zod parse) so a
 * changed NEWSGRAPH_MAX_EXPORT_NODES needs no restart; an invalid one is logged and masked by formatError.
 */
export const exportSubgraph = (async (_root, args, { store }) => {
  const { ids, depth, relationTypes, format } = parseArguments(exportSubgraphArgs, args);
  const { maxNodes } = resolveExportLimits();
  const input = await collectExport(store, { ids, depth, relationTypes, maxNodes });
  return exportGraph(input, format, { baseName: exportBaseName({ ids, depth }) });
}) satisfies FieldResolver<unknown, ArgumentsOf<typeof exportSubgraphArgs>, ExportFile>;
