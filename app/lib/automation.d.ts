// What the explorer page exposes to scripts running in the page itself (browser tests, the devtools console).
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /**
     * The explorer's Cytoscape instance while the canvas is mounted (removed when it unmounts). Browser
     * tests read rendered positions of nodes and edges from it, to click where an element is drawn; power
     * users can inspect the graph from the console. It is the page's own object in the page's own context,
     * so exposing it grants nothing a script on the page could not already reach.
     */
    __newsgraphCy?: Core;
  }
}

export {};
