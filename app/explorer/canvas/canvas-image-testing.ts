import type { CanvasGraph } from '@/app/lib/graph-data';
import type { EntitySummary, RelationView } from '@/app/lib/queries';
import type { MeasureText } from './canvas-image-frame';

/**
 * Test support for the picture's unit tests: a canvas graph written in a line per relation, and a text
 * measure that needs no browser (every character 0.6 em wide, close to a sans-serif's average).
 */

export const estimateWidth: MeasureText = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 'NaN');
  if (!Number.isFinite(size)) throw new Error(`no pixel size in the font ${font}`);
  return text.length * 0.6 * size;
};

type End = Pick<EntitySummary, 'id' | 'name' | 'type'>;

/** A relation `source —type→ target` read from the given documents. */
export function relation(
  id: string,
  type: string,
  source: End,
  target: End,
  documentIds: string[],
): RelationView {
  return {
    id,
    type,
    statement: null,
    role: null,
    source,
    target,
    // Each article once, as the API gives them.
    documentIds: [...new Set(documentIds)],
  };
}

/** The canvas graph holding these relations and their ends. */
export function graphOf(relations: RelationView[], extraNodes: End[] = []): CanvasGraph {
  const nodes = new Map<string, EntitySummary>();
  for (const end of [...relations.flatMap((r) => [r.source, r.target]), ...extraNodes]) {
    nodes.set(end.id, { ...end, degree: 1 });
  }
  return { nodes, edges: new Map(relations.map((r) => [r.id, r])), truncated: false };
}
