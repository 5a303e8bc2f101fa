import type { Page } from 'playwright-core';
import { waitForSettledLayout } from './browser';

/**
 * Where things are drawn on the Cytoscape canvas, in page coordinates, so a test can press the real mouse
 * on them. Everything is read from `window.__newsgraphCy` (see app/lib/automation.d.ts): a rendered
 * position is relative to the canvas container, so the container's offset in the page is added.
 *
 * The functions passed to `page.evaluate` run in the browser: they are self-contained (no helpers from
 * this module, no named inner functions) because only their source text travels to the page.
 */

/** A drawn node: its centre in page coordinates, its rendered size, and how far it is from the others. */
export interface NodeOnScreen {
  id: string;
  name: string;
  x: number;
  y: number;
  /** The node's rendered diameter in CSS pixels. */
  size: number;
  /** Distance from this node's centre to the nearest edge of any other node's body, in CSS pixels. */
  clearance: number;
  /** Whether the centre lies inside the canvas container with room to spare. */
  inView: boolean;
}

/** A drawn edge's midpoint in page coordinates, and what its details panel should say. */
export interface EdgeOnScreen {
  id: string;
  type: string;
  source: string;
  target: string;
  x: number;
  y: number;
  /** Distance from the midpoint to the nearest node body or other edge line, in CSS pixels. */
  clearance: number;
}

/**
 * Waits until the layout reports idle and then until nothing on the canvas moves any more: the zoom, the
 * pan and every node's rendered position read the same three times in a row, 100 ms apart, with no
 * animation running. Throws after `timeoutMs`.
 */
export async function waitForStillCanvas(page: Page, timeoutMs = 15_000): Promise<void> {
  await waitForSettledLayout(page);
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  let repeats = 0;
  while (Date.now() < deadline) {
    const snapshot = await page.evaluate(() => {
      const cy = window.__newsgraphCy;
      if (
        cy === undefined ||
        cy.animated() ||
        cy
          .nodes()
          .toArray()
          .some((n) => n.animated())
      )
        return '';
      const nodes = cy.nodes().map((n) => {
        const p = n.renderedPosition();
        return `${n.id()}@${p.x.toFixed(1)},${p.y.toFixed(1)}`;
      });
      return JSON.stringify([cy.zoom().toFixed(4), cy.pan(), nodes]);
    });
    repeats = snapshot !== '' && snapshot === previous ? repeats + 1 : 0;
    if (repeats >= 2) return;
    previous = snapshot;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The canvas did not stop moving within ${timeoutMs} ms`);
}

/** Every drawn node, where it is on the page and how much room there is around it. */
export function nodesOnScreen(page: Page): Promise<NodeOnScreen[]> {
  return page.evaluate(() => {
    const cy = window.__newsgraphCy;
    if (cy === undefined) throw new Error('window.__newsgraphCy is not set: is the canvas mounted?');
    const box = cy.container()?.getBoundingClientRect();
    if (box === undefined) throw new Error('The Cytoscape instance has no container');
    const drawn = cy.nodes().map((n) => ({
      id: n.id(),
      name: String(n.data('label')),
      at: n.renderedPosition(),
      size: Math.max(n.renderedWidth(), n.renderedHeight()),
    }));
    return drawn.map((node) => {
      let clearance = Number.POSITIVE_INFINITY;
      for (const other of drawn) {
        if (other.id === node.id) continue;
        const gap = Math.hypot(other.at.x - node.at.x, other.at.y - node.at.y) - other.size / 2;
        clearance = Math.min(clearance, gap);
      }
      const margin = node.size / 2 + 4;
      return {
        id: node.id,
        name: node.name,
        x: box.left + node.at.x,
        y: box.top + node.at.y,
        size: node.size,
        clearance,
        inView:
          node.at.x >= margin &&
          node.at.y >= margin &&
          node.at.x <= box.width - margin &&
          node.at.y <= box.height - margin,
      };
    });
  });
}

/**
 * The drawn edge whose midpoint is farthest from every node body and every other edge's line (each edge
 * taken as the two straight pieces source end → midpoint → target end), among the edges whose midpoint is
 * inside the canvas: the one a click at its midpoint hits for sure. Undefined when nothing is drawn.
 */
export function clearestEdgeOnScreen(page: Page): Promise<EdgeOnScreen | undefined> {
  return page.evaluate(() => {
    const cy = window.__newsgraphCy;
    if (cy === undefined) throw new Error('window.__newsgraphCy is not set: is the canvas mounted?');
    const box = cy.container()?.getBoundingClientRect();
    if (box === undefined) throw new Error('The Cytoscape instance has no container');
    const nodes = cy.nodes().map((n) => ({
      at: n.renderedPosition(),
      radius: Math.max(n.renderedWidth(), n.renderedHeight()) / 2,
    }));
    // The typings know only model positions for an edge's points: rendered = model × zoom + pan.
    const zoom = cy.zoom();
    const pan = cy.pan();
    const edges = cy.edges().map((e) => {
      const [source, mid, target] = [e.sourceEndpoint(), e.midpoint(), e.targetEndpoint()].map((p) => ({
        x: p.x * zoom + pan.x,
        y: p.y * zoom + pan.y,
      }));
      return {
        id: e.id(),
        type: String(e.data('type')),
        source: String(e.source().data('label')),
        target: String(e.target().data('label')),
        mid,
        pieces: [
          [source, mid],
          [mid, target],
        ],
      };
    });
    let best: EdgeOnScreen | undefined;
    for (const edge of edges) {
      if (edge.mid === undefined) continue;
      const { x, y } = edge.mid;
      if (x < 8 || y < 8 || x > box.width - 8 || y > box.height - 8) continue;
      let clearance = Number.POSITIVE_INFINITY;
      for (const node of nodes) {
        clearance = Math.min(clearance, Math.hypot(node.at.x - x, node.at.y - y) - node.radius);
      }
      for (const other of edges) {
        if (other.id === edge.id) continue;
        for (const [a, b] of other.pieces) {
          if (a === undefined || b === undefined) continue;
          // Distance from the midpoint to the segment a–b.
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const lengthSquared = dx * dx + dy * dy;
          const t =
            lengthSquared === 0
              ? 0
              : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
          clearance = Math.min(clearance, Math.hypot(a.x + t * dx - x, a.y + t * dy - y));
        }
      }
      if (best === undefined || clearance > best.clearance) {
        best = {
          id: edge.id,
          type: edge.type,
          source: edge.source,
          target: edge.target,
          x: box.left + x,
          y: box.top + y,
          clearance,
        };
      }
    }
    return best;
  });
}

/** The ids of the elements Cytoscape has selected. */
export function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__newsgraphCy?.$(':selected').map((e) => e.id()) ?? []);
}
