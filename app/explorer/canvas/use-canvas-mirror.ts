'use client';

import { useEffect, useEffectEvent } from 'react';
import type { RefObject } from 'react';
import type { Core } from 'cytoscape';
import { planSync, toElements } from './elements';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { LayoutName } from '@/app/explorer/layout/layouts';
import { placeNewNodes } from '@/app/explorer/layout/placement';
import type { Position } from '@/app/explorer/layout/placement';
import { runLayout, runPreset } from '@/app/explorer/layout/canvas-layout-run';
import type { CanvasMemory } from './canvas-memory';
import type { RestoreRequest } from './graph-canvas-api';

interface CanvasMirrorOptions {
  cy: Core | null;
  containerRef: RefObject<HTMLDivElement | null>;
  memoryRef: RefObject<CanvasMemory>;
  graph: CanvasGraph;
  pinned: ReadonlyMap<string, Position>;
  layout: LayoutName;
  restore: RestoreRequest;
  /** Only the roots of a tree layout when one runs: a change of selection alone runs nothing. */
  selectedIds: readonly string[];
  layoutQuality: 'draft' | 'default' | 'proof';
}

/**
 * Mirrors the graph and the pins into Cytoscape, then places what needs a place: restore, a new layout,
 * or new entities. Each change adds and removes only the elements that differ; new entities start next
 * to their neighbours, or where they were before, and the layout runs only when something new needs a
 * place. Whatever adds entities ends with the view fitted to the drawing (every layout fits; entities put
 * back where they were get a fit of their own), so a small graph drawn after a big one is not left at the
 * big one's zoom. On an emptied canvas nothing is put back where it was: a new start is laid out anew.
 */
export function useCanvasMirror(options: CanvasMirrorOptions) {
  const { cy, containerRef, memoryRef, graph, pinned, layout, restore, selectedIds, layoutQuality } = options;
  // The selection (a tree layout's roots) and the layout quality are read when a layout runs; a change of
  // either alone must not run one.
  const layoutInputs = useEffectEvent(() => ({ selectedIds, layoutQuality }));
  useEffect(() => {
    if (cy === null || cy.destroyed() || containerRef.current === null) return;
    const { selectedIds, layoutQuality } = layoutInputs();
    const state = memoryRef.current;
    const restoring = restore.seq !== state.restoreSeq;
    const layoutChanged = layout !== state.layout;
    const graphChanged = graph !== state.graph;
    state.restoreSeq = restore.seq;
    state.layout = layout;
    state.graph = graph;

    let unplaced = 0;
    let added = 0;
    let survivors = cy.nodes().length;
    if (graphChanged) {
      const drawnIds = new Set(cy.elements().map((e) => e.id()));
      const plan = planSync(drawnIds, toElements(graph));
      cy.batch(() => {
        for (const id of plan.remove) {
          const element = cy.getElementById(id);
          if (element.isNode()) state.lastKnown.set(id, { ...element.position() });
          element.remove();
        }
        for (const element of plan.update) cy.getElementById(String(element.data.id)).data(element.data);
        survivors = cy.nodes().length;
        const positions = new Map<string, Position>(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
        const newNodeIds = plan.add.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
        // After Clear canvas the places entities had in the old drawing mean nothing to the new one.
        const remembered = survivors > 0 ? state.lastKnown : undefined;
        const known = (id: string) => restore.positions.get(id) ?? pinned.get(id) ?? remembered?.get(id);
        const fresh = newNodeIds.filter((id) => known(id) === undefined);
        unplaced = fresh.length;
        added = newNodeIds.length;
        const edges = [...graph.edges.values()].map((e) => ({ source: e.source.id, target: e.target.id }));
        const placed = placeNewNodes(fresh, edges, positions, centreOf(cy));
        cy.add(
          plan.add.map((e) => {
            const id = String(e.data.id);
            return { ...e, position: known(id) ?? placed.get(id) };
          }),
        );
      });
    }

    syncPins(cy, pinned);

    const roots = selectedIds.filter((id) => cy.getElementById(id).isNode());
    const quality = layoutQuality;
    const run = (incremental: boolean) =>
      runLayout(cy, containerRef.current as HTMLElement, state, {
        name: layout,
        incremental,
        roots,
        pinned,
        // fCoSE keeps to 'proof' when it does not randomize (incremental runs).
        ...(incremental ? {} : { quality }),
      });
    if (restoring) {
      const complete = cy
        .nodes()
        .toArray()
        .every((n) => restore.positions.has(n.id()) || pinned.has(n.id()));
      if (complete && restore.positions.size > 0) {
        runPreset(cy, containerRef.current, state, restore.positions, restore.fit);
      } else if (cy.nodes().length > 0) {
        run(false);
      }
    } else if (layoutChanged && cy.nodes().length > 0) {
      run(false);
    } else if (unplaced > 0) {
      run(survivors > 0);
    } else if (added > 0) {
      const here = new Map<string, Position>(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      runPreset(cy, containerRef.current, state, here, true);
    }
  }, [cy, containerRef, memoryRef, graph, pinned, layout, restore]);
}

/** Locks pinned entities at their positions (Cytoscape's layouts and drags leave locked nodes alone). */
function syncPins(cy: Core, pinned: ReadonlyMap<string, Position>) {
  cy.batch(() => {
    for (const node of cy.nodes('.pinned')) {
      if (!pinned.has(node.id())) node.unlock().removeClass('pinned');
    }
    for (const [id, position] of pinned) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      // Unlock first: a locked node ignores a new position (an undo may move a pin back).
      node.unlock().position(position).lock().addClass('pinned');
    }
  });
}

function centreOf(cy: Core): Position {
  if (cy.nodes().empty()) return { x: 0, y: 0 };
  const box = cy.nodes().boundingBox();
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}
