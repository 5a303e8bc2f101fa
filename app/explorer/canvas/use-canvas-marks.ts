'use client';

import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { Core } from 'cytoscape';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { CanvasMemory } from './canvas-memory';

/**
 * Mirrors the page's selection into Cytoscape (fading what is not connected to it) and highlights the
 * drawn path. Both run again when the graph changes, since new elements need their marks too.
 */
export function useCanvasMarks(
  cy: Core | null,
  memoryRef: RefObject<CanvasMemory>,
  graph: CanvasGraph,
  selectedIds: readonly string[],
  pathIds: ReadonlySet<string>,
) {
  // Mirror the selection, and fade what is not connected to it.
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    const state = memoryRef.current;
    state.applyingSelection = true;
    cy.batch(() => {
      cy.elements().removeClass('dimmed');
      let wanted = cy.collection();
      for (const id of selectedIds) wanted = wanted.union(cy.getElementById(id));
      cy.$(':selected').difference(wanted).unselect();
      wanted.select();
      if (wanted.empty()) return;
      const keep = wanted.union(wanted.nodes().closedNeighborhood()).union(wanted.edges().connectedNodes());
      cy.elements().not(keep).addClass('dimmed');
    });
    state.applyingSelection = false;
  }, [cy, memoryRef, graph, selectedIds]);

  // Highlight the drawn path.
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    cy.batch(() => {
      cy.elements('.path').removeClass('path');
      for (const id of pathIds) cy.getElementById(id).addClass('path');
    });
  }, [cy, graph, pathIds]);
}
