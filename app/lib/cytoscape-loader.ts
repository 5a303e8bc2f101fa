import type cytoscape from 'cytoscape';

/**
 * Loads Cytoscape and registers the fCoSE layout and the SVG export, once per page. Cytoscape touches
 * `window` and the DOM, so it is imported lazily from the browser (inside an effect) and never during
 * server rendering.
 */
let loading: Promise<typeof cytoscape> | undefined;

export function loadCytoscape(): Promise<typeof cytoscape> {
  loading ??= Promise.all([import('cytoscape'), import('cytoscape-fcose'), import('cytoscape-svg')]).then(
    ([{ default: cy }, { default: fcose }, { default: svg }]) => {
      cy.use(fcose);
      cy.use(svg);
      return cy;
    },
  );
  return loading;
}
