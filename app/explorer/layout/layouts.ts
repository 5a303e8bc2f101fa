import type { LayoutOptions } from 'cytoscape';
import { ANIMATE_UP_TO, fcoseOptions } from './layout-options';
import type { Position } from './placement';

/** The layouts the reader can pick. */
export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Short, so the toolbar fits a laptop screen; the select's accessible name says "Layout". */
export const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force',
  concentric: 'Concentric',
  breadthfirst: 'Tree',
  circle: 'Circle',
  grid: 'Grid',
};

export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}

export interface LayoutRequest {
  name: LayoutName;
  nodeCount: number;
  /** Keep the drawn nodes where they are as far as the layout allows (after an expansion). */
  incremental: boolean;
  /** Node ids the tree grows from (the selection); Cytoscape picks the roots when empty. */
  roots: readonly string[];
  /** Pinned nodes and where they stay. Cytoscape does not move locked nodes; fCoSE needs them as constraints. */
  pinned: ReadonlyMap<string, Position>;
  /** fCoSE quality (draft for big drawings). */
  quality?: 'draft' | 'default' | 'proof';
}

/**
 * Cytoscape options for a layout. Every layout animates (small drawings) and fits the view; concentric
 * rings are ordered by degree (hubs in the middle), the tree grows from the selection.
 */
export function layoutOptions(request: LayoutRequest): LayoutOptions {
  const animate = request.nodeCount <= ANIMATE_UP_TO;
  const common = { animate, animationDuration: 500, fit: true, padding: 32 };
  switch (request.name) {
    case 'fcose': {
      const fixed = [...request.pinned].map(([nodeId, position]) => ({ nodeId, position }));
      const options = fcoseOptions({ incremental: request.incremental, nodeCount: request.nodeCount });
      return {
        ...options,
        ...(request.quality === undefined ? {} : { quality: request.quality }),
        ...(fixed.length > 0 ? { fixedNodeConstraint: fixed } : {}),
      } as LayoutOptions;
    }
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        concentric: (node) => Number(node.data('degree')) || 0,
        // About eight rings whatever the degrees; the best-connected entities alone in the middle.
        levelWidth: (nodes) =>
          Math.max(1, Math.ceil(nodes.max((n) => Number(n.data('degree')) || 0).value / 8)),
        minNodeSpacing: 28,
        avoidOverlap: true,
      };
    case 'breadthfirst':
      return {
        ...common,
        name: 'breadthfirst',
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        ...(request.roots.length > 0 ? { roots: [...request.roots] } : {}),
      };
    case 'circle':
      return { ...common, name: 'circle', avoidOverlap: true };
    case 'grid':
      return { ...common, name: 'grid', avoidOverlap: true, avoidOverlapPadding: 24 };
  }
}
