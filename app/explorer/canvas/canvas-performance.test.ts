import cytoscape from 'cytoscape';
import type { StylesheetJson } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_DRAW_WARNING_THRESHOLD,
  DRAFT_LAYOUT_ELEMENTS,
  HUGE_DRAWING_ELEMENTS,
  LARGE_DRAWING_ELEMENTS,
  PROOF_LAYOUT_ELEMENTS,
  RENDERER_CHOICES,
  WEBGL_AUTO_ELEMENTS,
  canvasPerformance,
  isRendererChoice,
  needsDrawWarning,
  roomUnderThreshold,
} from './canvas-performance';
import { GRAPH_STYLESHEET } from './cytoscape-style';
import { toEdgeElement, toNodeElement } from './elements';

const said = { id: 'said-1', name: 'Said', type: 'Person' };
const heard = { id: 'heard-1', name: 'Heard', type: 'Organization' };

// Headless instances keep a timer running until destroyed.
const instances: cytoscape.Core[] = [];
afterEach(() => {
  for (const cy of instances.splice(0)) cy.destroy();
});

/**
 * The app's stylesheet plus `extra`, applied by a real (headless) Cytoscape to one edge between two
 * nodes. Cytoscape drops a rule it cannot parse with a console warning, which fails the test: a typo in a
 * property name or value would otherwise pass silently.
 */
function styledEdge(extra: StylesheetJson) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [...GRAPH_STYLESHEET, ...extra],
      elements: [
        toNodeElement({ ...said, degree: 1 }),
        toNodeElement({ ...heard, degree: 1 }),
        toEdgeElement({
          id: 'e1',
          type: 'SAID',
          statement: null,
          role: null,
          documentIds: [],
          source: said,
          target: heard,
        }),
      ],
    });
    instances.push(cy);
    expect(warn).not.toHaveBeenCalled();
    return { cy, edge: cy.getElementById('e1'), node: cy.getElementById(said.id) };
  } finally {
    warn.mockRestore();
  }
}

describe('canvasPerformance', () => {
  describe('renderer choice', () => {
    it('draws a small graph with the canvas renderer and no extra rules when left on auto', () => {
      const small = canvasPerformance(120, 'auto');
      expect(small.webgl).toBe(false);
      expect(small.style).toEqual([]);
      expect(small.options).toEqual({ motionBlur: false });
    });

    it('switches auto to WebGL only above its threshold', () => {
      expect(canvasPerformance(WEBGL_AUTO_ELEMENTS, 'auto').webgl).toBe(false);
      expect(canvasPerformance(WEBGL_AUTO_ELEMENTS + 1, 'auto').webgl).toBe(true);
      expect(canvasPerformance(10_000, 'auto').webgl).toBe(true);
    });

    it('keeps auto on the canvas renderer where WebGL runs on the CPU, but honours an explicit WebGL choice', () => {
      expect(canvasPerformance(10_000, 'auto', 'software').webgl).toBe(false);
      expect(canvasPerformance(10_000, 'auto', 'software').options.textureOnViewport).toBe(true);
      expect(canvasPerformance(10, 'webgl', 'software').webgl).toBe(true);
      expect(canvasPerformance(10_000, 'auto', 'hardware').webgl).toBe(true);
    });

    it('never asks for WebGL where the browser has none', () => {
      expect(canvasPerformance(10_000, 'auto', 'none').webgl).toBe(false);
      expect(canvasPerformance(10, 'webgl', 'none').webgl).toBe(false);
      expect(canvasPerformance(10, 'webgl', 'none').options.webgl).toBeUndefined();
    });

    it('honours an explicit choice at any size', () => {
      expect(canvasPerformance(3, 'webgl').webgl).toBe(true);
      expect(canvasPerformance(10_000, 'canvas').webgl).toBe(false);
    });

    it('asks Cytoscape for its WebGL renderer, with taller label rows than its defaults, when WebGL is chosen', () => {
      const { options } = canvasPerformance(10_000, 'auto');
      expect(options).toMatchObject({ webgl: true, webglTexSize: 2048, webglTexRows: 24 });
      expect(options.webglBatchSize).toBeGreaterThan(0);
      expect(options.webglTexPerBatch).toBeGreaterThan(0);
    });

    it('leaves canvas-only viewport tricks out of WebGL options, and WebGL out of canvas options', () => {
      const webgl = canvasPerformance(10_000, 'webgl').options;
      expect(webgl.hideEdgesOnViewport).toBeUndefined();
      expect(webgl.textureOnViewport).toBeUndefined();
      for (const size of [10, LARGE_DRAWING_ELEMENTS + 1, HUGE_DRAWING_ELEMENTS + 1, 50_000]) {
        expect(canvasPerformance(size, 'canvas').options.webgl).toBeUndefined();
      }
    });

    it('never turns motion blur on', () => {
      for (const choice of ['auto', 'canvas', 'webgl'] as const) {
        for (const size of [0, 800, 2_000, 5_000, 50_000]) {
          expect(canvasPerformance(size, choice).options.motionBlur).toBe(false);
        }
      }
    });
  });

  describe('canvas renderer past its thresholds', () => {
    it('hides edges while the view moves and draws one pixel per CSS pixel for a large drawing', () => {
      const large = canvasPerformance(LARGE_DRAWING_ELEMENTS + 1, 'canvas');
      expect(large.options).toMatchObject({
        hideEdgesOnViewport: true,
        pixelRatio: 1,
        textureOnViewport: false,
      });
      expect(canvasPerformance(LARGE_DRAWING_ELEMENTS, 'canvas').options.hideEdgesOnViewport).toBeUndefined();
    });

    it('moves a snapshot of a huge drawing during pan and zoom', () => {
      const huge = canvasPerformance(HUGE_DRAWING_ELEMENTS + 1, 'canvas');
      expect(huge.options).toMatchObject({
        hideEdgesOnViewport: true,
        textureOnViewport: true,
        pixelRatio: 1,
      });
    });

    it('raises the zoom at which labels appear for a large drawing', () => {
      const { edge, node } = styledEdge(canvasPerformance(LARGE_DRAWING_ELEMENTS + 1, 'canvas').style);
      const { edge: plainEdge, node: plainNode } = styledEdge([]);
      expect(edge.numericStyle('min-zoomed-font-size')).toBeGreaterThan(
        plainEdge.numericStyle('min-zoomed-font-size'),
      );
      expect(node.numericStyle('min-zoomed-font-size')).toBeGreaterThan(
        plainNode.numericStyle('min-zoomed-font-size'),
      );
    });

    it('draws a huge drawing with haystack edges whose direction is a mid arrow', () => {
      const { edge } = styledEdge(canvasPerformance(HUGE_DRAWING_ELEMENTS + 1, 'canvas').style);
      expect(edge.style('curve-style')).toBe('haystack');
      expect(edge.style('target-arrow-shape')).toBe('none');
      expect(edge.style('mid-target-arrow-shape')).toBe('triangle');
      // The arrow keeps the relation type's colour (from element data, so any theme fits).
      expect(edge.style('mid-target-arrow-color')).toBe(edge.style('line-color'));
    });
  });

  describe('WebGL styles', () => {
    it('keeps a target arrow on straight edges, since WebGL draws no mid arrows', () => {
      const { edge } = styledEdge(canvasPerformance(10_000, 'webgl').style);
      expect(edge.style('curve-style')).toBe('straight');
      expect(edge.style('target-arrow-shape')).toBe('triangle');
    });

    it('hides relation labels, which WebGL would draw at every zoom, except on a selected edge', () => {
      const { edge, node } = styledEdge(canvasPerformance(10_000, 'webgl').style);
      expect(edge.style('label')).toBe('');
      expect(node.style('label')).toBe('Said');
      edge.select();
      expect(edge.style('label')).toBe('SAID');
    });

    it('gives a small WebGL drawing the same rules as a big one', () => {
      expect(canvasPerformance(3, 'webgl').style).toEqual(canvasPerformance(10_000, 'webgl').style);
    });
  });

  describe('layout quality', () => {
    it('goes from proof to default to draft as the drawing grows', () => {
      expect(canvasPerformance(PROOF_LAYOUT_ELEMENTS, 'auto').layoutQuality).toBe('proof');
      expect(canvasPerformance(PROOF_LAYOUT_ELEMENTS + 1, 'auto').layoutQuality).toBe('default');
      expect(canvasPerformance(DRAFT_LAYOUT_ELEMENTS, 'auto').layoutQuality).toBe('default');
      expect(canvasPerformance(DRAFT_LAYOUT_ELEMENTS + 1, 'auto').layoutQuality).toBe('draft');
    });

    it('depends on the size, not the renderer', () => {
      expect(canvasPerformance(10_000, 'canvas').layoutQuality).toBe('draft');
      expect(canvasPerformance(10, 'webgl').layoutQuality).toBe('proof');
    });
  });

  it('treats a negative count as an empty canvas', () => {
    expect(canvasPerformance(-5, 'auto')).toEqual(canvasPerformance(0, 'auto'));
  });
});

describe('isRendererChoice', () => {
  it('accepts the three choices and nothing else', () => {
    expect(RENDERER_CHOICES.map((c) => c.value).every(isRendererChoice)).toBe(true);
    for (const value of ['', 'WebGL', 'svg', null, undefined, 1, {}])
      expect(isRendererChoice(value)).toBe(false);
  });
});

describe('draw warning arithmetic', () => {
  it('uses the threshold Neo4j Browser uses by default', () => {
    expect(DEFAULT_DRAW_WARNING_THRESHOLD).toBe(1000);
  });

  it('asks only when the change would pass the threshold', () => {
    expect(needsDrawWarning(900, 100, 1000)).toBe(false);
    expect(needsDrawWarning(900, 101, 1000)).toBe(true);
    expect(needsDrawWarning(0, 1001, 1000)).toBe(true);
    expect(needsDrawWarning(1200, 0, 1000)).toBe(false);
  });

  it('offers the room left under the threshold, the whole threshold on an empty canvas, none on a full one', () => {
    expect(roomUnderThreshold(900, 300, 1000)).toBe(100);
    expect(roomUnderThreshold(0, 5000, 1000)).toBe(1000);
    expect(roomUnderThreshold(1000, 10, 1000)).toBe(0);
    expect(roomUnderThreshold(1500, 10, 1000)).toBe(0);
    expect(roomUnderThreshold(10, 5, 1000)).toBe(5);
  });
});
