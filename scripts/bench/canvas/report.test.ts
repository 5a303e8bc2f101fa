import { describe, expect, it } from 'vitest';
import type { InteractionResult, Variant } from './harness-api';
import type { CanvasRun } from './report';
import { ratio, summarize } from './report';
import { syntheticCanvasGraph } from './synthetic-elements';

function run(round: number, variant: Variant, frames: number, firstDrawMs: number): CanvasRun {
  const interaction: InteractionResult = {
    seconds: 2,
    frames,
    redraws: frames - 1,
    p95FrameMs: 1000 / frames,
    longestFrameMs: 2000 / frames,
    pans: 1,
    wheelSteps: 10,
    panTravelPx: 300,
    zoomRange: [1, 2],
  };
  return { round, variant, firstDrawMs, rendererIsWebgl: variant === 'webgl', interaction };
}

describe('canvas bench report', () => {
  it('summarises each renderer by the median of its rounds', () => {
    const runs = [
      run(1, 'canvas', 20, 900),
      run(2, 'canvas', 40, 1000),
      run(3, 'canvas', 200, 1100),
      run(1, 'webgl', 10, 3000),
      run(2, 'webgl', 12, 2000),
      run(3, 'webgl', 14, 4000),
    ];
    const summary = summarize(runs);
    const canvas = summary.find((s) => s.variant === 'canvas');
    expect(canvas).toMatchObject({ runs: 3, framesPerSecond: 20, firstDrawMs: 1000 });
    expect(summary.find((s) => s.variant === 'webgl')).toMatchObject({
      framesPerSecond: 6,
      firstDrawMs: 3000,
    });
    expect(ratio(summary, 'webgl', 'canvas', 'framesPerSecond')).toBeCloseTo(0.3);
  });

  it('reports no ratio for a renderer that did not run', () => {
    const summary = summarize([run(1, 'canvas', 20, 900)]);
    expect(summary.find((s) => s.variant === 'webgl')?.runs).toBe(0);
    expect(ratio(summary, 'webgl', 'canvas', 'framesPerSecond')).toBeNaN();
  });
});

describe('syntheticCanvasGraph', () => {
  it('builds the requested number of entities and relations, nodes first, every edge between drawn nodes', () => {
    const graph = syntheticCanvasGraph({ entities: 200, relations: 800, seed: 3 });
    expect(graph).toMatchObject({ nodes: 200, edges: 800 });
    expect(graph.elements).toHaveLength(1000);
    const nodeIds = new Set(graph.elements.filter((e) => e.group === 'nodes').map((e) => e.data.id));
    expect(graph.elements.slice(0, 200).every((e) => e.group === 'nodes')).toBe(true);
    for (const edge of graph.elements.slice(200)) {
      expect(nodeIds.has(edge.data.source)).toBe(true);
      expect(nodeIds.has(edge.data.target)).toBe(true);
    }
  });

  it('draws the same graph from the same seed', () => {
    const a = syntheticCanvasGraph({ entities: 50, relations: 120, seed: 7 });
    const b = syntheticCanvasGraph({ entities: 50, relations: 120, seed: 7 });
    expect(a.elements).toEqual(b.elements);
  });
});
