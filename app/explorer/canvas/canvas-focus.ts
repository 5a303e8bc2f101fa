import type { Core } from 'cytoscape';
import type { CanvasMemory } from './canvas-memory';

/**
 * Brings a requested element and its neighbours into view: nothing moves when they are already visible
 * (the reader keeps the picture they had), otherwise the view fits them without zooming in too far.
 */
export function centreOnPendingFocus(cy: Core, container: HTMLElement, state: CanvasMemory) {
  const id = state.pendingFocus;
  const element = id === undefined ? undefined : cy.getElementById(id);
  if (element === undefined || element.empty()) {
    if (state.running === undefined) container.dataset.layout = 'idle';
    return;
  }
  state.pendingFocus = undefined;
  const around =
    element.group() === 'nodes' ? element.closedNeighborhood() : element.union(element.connectedNodes());
  if (contains(cy.extent(), around.boundingBox())) {
    if (state.running === undefined) container.dataset.layout = 'idle';
    return;
  }
  container.dataset.layout = 'running';
  cy.animate(
    { fit: { eles: around, padding: 60 } },
    {
      duration: 350,
      complete: () => {
        if (cy.zoom() > MAX_FOCUS_ZOOM) cy.zoom({ level: MAX_FOCUS_ZOOM, position: element.position() });
        if (state.running === undefined) container.dataset.layout = 'idle';
      },
    },
  );
}

/** Fitting a single entity with two neighbours would otherwise fill the screen with three huge shapes. */
const MAX_FOCUS_ZOOM = 1.3;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function contains(outer: Box, inner: Box): boolean {
  return inner.x1 >= outer.x1 && inner.y1 >= outer.y1 && inner.x2 <= outer.x2 && inner.y2 <= outer.y2;
}
