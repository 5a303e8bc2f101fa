'use client';

import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { Core } from 'cytoscape';
import { centreOnPendingFocus } from './canvas-focus';
import type { CanvasMemory } from './canvas-memory';
import type { FocusRequest } from './graph-canvas-api';

/** Centres a requested element now, or when the running layout stops. */
export function useCanvasFocus(
  cy: Core | null,
  containerRef: RefObject<HTMLDivElement | null>,
  memoryRef: RefObject<CanvasMemory>,
  focus: FocusRequest | null,
) {
  useEffect(() => {
    if (cy === null || cy.destroyed() || focus === null) return;
    memoryRef.current.pendingFocus = focus.id;
    if (memoryRef.current.running === undefined && containerRef.current !== null) {
      centreOnPendingFocus(cy, containerRef.current, memoryRef.current);
    }
  }, [cy, containerRef, memoryRef, focus]);
}
