// cytoscape-fcose ships no type declarations; this is the part of its surface we use.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';

  /** The extension: register it once with `cytoscape.use(fcose)`. */
  const fcose: Ext;
  export default fcose;
}
