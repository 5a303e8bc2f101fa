'use client';

import { useEffect, useEffectEvent } from 'react';
import type { Core, StylesheetJson } from 'cytoscape';
import { CANVAS_MARKS_STYLESHEET } from './canvas-marks-style';

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
  // The size's rules are a new array on every render but change only with the tier, so they are read
  // when the effect runs rather than listed as a reason to run it.
  const currentSizeStyle = useEffectEvent(() => sizeStyle);
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    cy.style(canvasStylesheet(themeStyle, currentSizeStyle()));
  }, [cy, themeStyle, tier]);
}
