import type { BaseLayoutOptions } from 'cytoscape';

/** The fCoSE options we set (see cytoscape-fcose's README for the full list). */
export interface FcoseLayoutOptions extends BaseLayoutOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  animationDuration: number;
  fit: boolean;
  padding: number;
  nodeDimensionsIncludeLabels: boolean;
  nodeSeparation: number;
  idealEdgeLength: number | (() => number);
  nodeRepulsion: number | (() => number);
  edgeElasticity: number | (() => number);
  gravity: number;
  numIter: number;
  packComponents: boolean;
}

/**
 * fCoSE settings for a news graph: labels count as part of a node (so names do not overlap), edges long
 * enough for their type label to be read. An incremental run (after an expand) keeps the nodes already
 * placed where they are as far as it can: fCoSE requires the "proof" quality when not randomizing.
 */
/** Big drawings animate badly and gain nothing from it; small ones show the reader where things went. */
export const ANIMATE_UP_TO = 250;

export function fcoseOptions({
  incremental,
  nodeCount,
}: {
  incremental: boolean;
  nodeCount: number;
}): FcoseLayoutOptions {
  const animate = nodeCount <= ANIMATE_UP_TO;
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: !incremental,
    animate,
    animationDuration: incremental ? 450 : 600,
    fit: true,
    padding: 32,
    nodeDimensionsIncludeLabels: true,
    nodeSeparation: 90,
    idealEdgeLength: () => 95,
    nodeRepulsion: () => 6500,
    edgeElasticity: () => 0.45,
    gravity: 0.25,
    numIter: 2500,
    // Packing disconnected components needs the layout-utilities extension, which we do not load.
    packComponents: false,
  };
}
