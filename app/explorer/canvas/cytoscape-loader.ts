import type cytoscape from 'cytoscape';

/**
 * Loads Cytoscape and registers the fCoSE layout, once per page. Cytoscape touches `window` and the DOM,
 * so it is imported lazily from the browser (inside an effect) and never during server rendering. The SVG
 * export extension is only needed when someone exports a picture, so it waits for `loadSvgExport()`.
 */
let loading: Promise<typeof cytoscape> | undefined;
let svgLoading: Promise<void> | undefined;

export function loadCytoscape(): Promise<typeof cytoscape> {
  loading ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(
    ([{ default: cy }, { default: fcose }]) => {
      cy.use(fcose);
      return cy;
    },
  );
  return loading;
}

/** Registers cytoscape-svg (which adds `cy.svg()`); instances created before it gain the method too. */
export function loadSvgExport(): Promise<void> {
  svgLoading ??= Promise.all([loadCytoscape(), import('cytoscape-svg')]).then(([cy, { default: svg }]) => {
    cy.use(svg);
  });
  return svgLoading;
}
