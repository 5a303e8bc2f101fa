import type { Core, Layouts, NodeSingular } from 'cytoscape';
import { ANIMATE_UP_TO } from './layout-options';
import { layoutOptions } from './layouts';
import type { LayoutName } from './layouts';
import type { Position } from './placement';
import { centreOnPendingFocus } from '@/app/explorer/canvas/canvas-focus';
import type { CanvasMemory } from '@/app/explorer/canvas/canvas-memory';

export interface LayoutRun {
  name: LayoutName;
  incremental: boolean;
  roots: readonly string[];
  pinned: ReadonlyMap<string, Position>;
  quality?: 'draft' | 'default' | 'proof';
}

/**
 * Runs a layout over the canvas, then centres a pending focus. `data-layout` on the container is `running`
 * until both are done, so a test (or a screenshot) can wait for the drawing to settle without guessing.
 */
export function runLayout(cy: Core, container: HTMLElement, state: CanvasMemory, run: LayoutRun) {
  const drawnPins = new Map([...run.pinned].filter(([id]) => !cy.getElementById(id).empty()));
  const options = layoutOptions({ ...run, pinned: drawnPins, nodeCount: cy.nodes().length });
  start(cy.layout(options), container, state, cy);
}

/** Moves entities to known positions, animated, as a preset layout (so `data-layout` tracks it too). */
export function runPreset(
  cy: Core,
  container: HTMLElement,
  state: CanvasMemory,
  positions: ReadonlyMap<string, Position>,
  fit: boolean,
) {
  const layout = cy.layout({
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? node.position(),
    animate: cy.nodes().length <= ANIMATE_UP_TO,
    animationDuration: 350,
    fit,
    padding: 32,
  } as Parameters<Core['layout']>[0]);
  start(layout, container, state, cy);
}

function start(layout: Layouts, container: HTMLElement, state: CanvasMemory, cy: Core) {
  state.running?.stop();
  state.running = layout;
  container.dataset.layout = 'running';
  layout.one('layoutstop', () => {
    if (state.running !== layout) return;
    state.running = undefined;
    centreOnPendingFocus(cy, container, state);
  });
  layout.run();
}
