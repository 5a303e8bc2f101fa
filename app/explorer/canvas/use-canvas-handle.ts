'use client';

import { useImperativeHandle } from 'react';
import type { Ref, RefObject } from 'react';
import type { Core } from 'cytoscape';
import { canvasImage } from './canvas-image';
import type { LayoutName } from '@/app/explorer/layout/layouts';
import type { Position } from '@/app/explorer/layout/placement';
import { runLayout } from '@/app/explorer/layout/canvas-layout-run';
import type { CanvasMemory } from './canvas-memory';
import type { GraphCanvasHandle } from './graph-canvas-api';

interface CanvasHandleOptions {
  cy: Core | null;
  containerRef: RefObject<HTMLDivElement | null>;
  memoryRef: RefObject<CanvasMemory>;
  layout: LayoutName;
  pinned: ReadonlyMap<string, Position>;
  selectedIds: readonly string[];
  layoutQuality: 'draft' | 'default' | 'proof';
}

/** The commands the page sends to the canvas (relayout, fit, a picture) and the positions it reads. */
export function useCanvasHandle(
  ref: Ref<GraphCanvasHandle> | undefined,
  { cy, containerRef, memoryRef, layout, pinned, selectedIds, layoutQuality }: CanvasHandleOptions,
) {
  useImperativeHandle(
    ref,
    () => ({
      relayout: () => {
        if (cy === null || containerRef.current === null || cy.nodes().length === 0) return;
        const roots = selectedIds.filter((id) => cy.getElementById(id).isNode());
        runLayout(cy, containerRef.current, memoryRef.current, {
          name: layout,
          incremental: false,
          roots,
          pinned,
          quality: layoutQuality,
        });
      },
      fit: () => {
        cy?.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 300 });
      },
      image: async (options) => {
        if (cy === null || containerRef.current === null) throw new Error('The canvas is not ready yet.');
        // The theme's canvas colour is a CSS custom property, so a theme change needs no code change here.
        const themeColor = getComputedStyle(containerRef.current).getPropertyValue('--canvas');
        return canvasImage(cy, { ...options, themeColor });
      },
      // Removed or hidden entities keep their last place, so undoing a removal puts them back there.
      positions: () =>
        new Map([
          ...memoryRef.current.lastKnown,
          ...(cy?.nodes().map((n): [string, Position] => [n.id(), { ...n.position() }]) ?? []),
        ]),
    }),
    [cy, containerRef, memoryRef, layout, pinned, selectedIds, layoutQuality],
  );
}
