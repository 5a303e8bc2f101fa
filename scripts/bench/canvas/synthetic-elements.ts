import type { ElementDefinition } from 'cytoscape';
import { toElements } from '../../../app/explorer/canvas/elements';
import { graphFromSubgraph } from '../../../app/lib/graph-data';
import type { EntitySummary, RelationView } from '../../../app/lib/queries';
import { generateGraph } from '../synthetic/generate-graph';

export interface SyntheticCanvasGraph {
  elements: ElementDefinition[];
  nodes: number;
  edges: number;
}

/**
 * The benchmark's synthetic news graph (seeded, so every run draws the same picture) as the explorer would
 * draw it: entities and relations reshaped as the GraphQL client receives them, then turned into Cytoscape
 * elements by the app's own element builder. Generated on each run, never written to the repository.
 */
export function syntheticCanvasGraph(options: {
  entities: number;
  relations: number;
  seed: number;
}): SyntheticCanvasGraph {
  const batch = generateGraph({
    entities: options.entities,
    relations: options.relations,
    seed: options.seed,
  });
  const degree = new Map<string, number>();
  for (const r of batch.relations) {
    degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
    degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
  }
  const nodes: EntitySummary[] = batch.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    degree: degree.get(e.id) ?? 0,
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const end = (id: string) => {
    const node = byId.get(id);
    if (node === undefined) throw new Error(`syntheticCanvasGraph: relation end ${id} is not an entity`);
    return { id: node.id, name: node.name, type: node.type };
  };
  const edges: RelationView[] = batch.relations.map((r) => ({
    id: r.id,
    type: r.type,
    statement: r.statement ?? null,
    role: r.role ?? null,
    source: end(r.source),
    target: end(r.target),
    documentIds: [],
  }));
  const graph = graphFromSubgraph({ nodes, edges, truncated: false });
  return { elements: toElements(graph), nodes: graph.nodes.size, edges: graph.edges.size };
}
