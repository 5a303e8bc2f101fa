'use client';

import { useEffect } from 'react';
import type { Core, StylesheetJson } from 'cytoscape';
import { CANVAS_MARKS_STYLESHEET } from '@/app/lib/canvas-marks-style';

/** The whole stylesheet of the canvas: the theme's, then the size's rules, then the marks (pins, path). */
export function canvasStylesheet(themeStyle: StylesheetJson, sizeStyle: StylesheetJson): StylesheetJson {
  return [...themeStyle, ...sizeStyle, ...CANVAS_MARKS_STYLESHEET];
}

/**
 * A theme change swaps the stylesheet of the running instance; the size's rules and the marks (pins,
 * path) stay on top of it.
 */
export function useCanvasStyle(
  cy: Core | null,
  themeStyle: StylesheetJson,
  sizeStyle: StylesheetJson,
  tier: string,
) {
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    cy.style(canvasStylesheet(themeStyle, sizeStyle));
    // The size's rules change only with the tier.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, themeStyle, tier]);
}
