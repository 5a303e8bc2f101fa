import type { CanvasGraph } from '@/app/lib/graph-data';
import type { RelationView } from '@/app/lib/queries';

/**
 * What an export from the explorer covers: everything on the canvas, or what is selected (an entity, or
 * both ends of a relation). Data exports send these ids to the server at depth 0, so the file holds
 * exactly these entities and the relations among them.
 */
export type ExportScope = 'canvas' | 'selection';

/** The explorer's selection, as much of it as an export needs (DetailsPanel's Selection fits). */
export type SelectionForExport =
  | { kind: 'none' }
  | { kind: 'node'; id: string }
  | { kind: 'edge'; relation: Pick<RelationView, 'id' | 'source' | 'target'> };

/** The entity ids an export of `scope` covers, in a stable order (canvas order, or source then target). */
export function scopeIds(graph: CanvasGraph, scope: ExportScope, selection: SelectionForExport): string[] {
  if (scope === 'canvas') return [...graph.nodes.keys()];
  switch (selection.kind) {
    case 'none':
      return [];
    case 'node':
      return [selection.id];
    case 'edge': {
      const { source, target } = selection.relation;
      return source.id === target.id ? [source.id] : [source.id, target.id];
    }
  }
}

/** The word for the scope in a file name: `canvas`, or the id of the selected entity or relation. */
export function scopeLabel(scope: ExportScope, selection: SelectionForExport): string {
  if (scope === 'canvas' || selection.kind === 'none') return 'canvas';
  return selection.kind === 'node' ? selection.id : selection.relation.id;
}
