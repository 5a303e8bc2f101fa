// cytoscape-svg ships no type declarations; this is the part of its surface we use. The `cy.svg` method it
// adds to Cytoscape's core is declared in cytoscape-svg-core.d.ts (an augmentation needs a module file).
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  /** The extension: register it once with `cytoscape.use(svg)`; it adds `cy.svg(options)`. */
  const svg: Ext;
  export default svg;
}
