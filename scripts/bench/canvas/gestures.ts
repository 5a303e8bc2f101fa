import type { Core } from 'cytoscape';
import type { InteractionResult } from './harness-api';

/**
 * Pans and zooms a Cytoscape canvas the way a reader does, for a fixed time, counting frames. Runs in the
 * page. Input is synthetic DOM events (mousedown/mousemove/mouseup for a drag, wheel for zoom) sent from a
 * requestAnimationFrame loop, one step per frame, so Cytoscape takes its gesture paths: the canvas
 * renderer's `hideEdgesOnViewport` and `textureOnViewport` only apply while a user gesture is under way,
 * not to a programmatic `cy.pan()`.
 *
 * The run alternates 1.5 s phases: a drag that circles (the view swings round and back), then wheel steps
 * that zoom in and out around the centre.
 */

const PHASE_MS = 1500;
const PAN_RADIUS_PX = 160;
/** Wheel steps change direction every quarter phase: in, out, in, out. */
const WHEEL_DELTA = 60;

export async function driveViewport(
  cy: Core,
  container: HTMLElement,
  durationMs: number,
  redrawCount: () => number,
): Promise<InteractionResult> {
  const target = container.querySelector('canvas') ?? container;
  const box = container.getBoundingClientRect();
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };

  const intervals: number[] = [];
  let pans = 0;
  let wheelSteps = 0;
  let panTravelPx = 0;
  let minZoom = cy.zoom();
  let maxZoom = cy.zoom();
  let lastPan = { ...cy.pan() };
  let drag: { x: number; y: number } | null = null;

  const mouse = (type: string, x: number, y: number, buttons: number) =>
    target.dispatchEvent(
      new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons, bubbles: true, cancelable: true }),
    );

  const startRedraws = redrawCount();
  const started = performance.now();
  let previous = started;
  let frames = 0;

  await new Promise<void>((resolve) => {
    const step = (now: number) => {
      frames++;
      intervals.push(now - previous);
      previous = now;
      const pan = cy.pan();
      panTravelPx += Math.hypot(pan.x - lastPan.x, pan.y - lastPan.y);
      lastPan = { ...pan };
      minZoom = Math.min(minZoom, cy.zoom());
      maxZoom = Math.max(maxZoom, cy.zoom());

      const elapsed = now - started;
      const phase = Math.floor(elapsed / PHASE_MS);
      const within = (elapsed % PHASE_MS) / PHASE_MS;
      const panning = phase % 2 === 0 && elapsed < durationMs;

      if (panning && drag === null) {
        drag = emptySpot(cy, box);
        mouse('mousedown', drag.x, drag.y, 1);
        pans++;
      }
      if (drag !== null && !panning) {
        mouse('mouseup', drag.x, drag.y, 0);
        drag = null;
      }
      if (drag !== null) {
        const angle = within * 2 * Math.PI;
        // A circle through the starting point, so the drag starts with a move of a few pixels and ends home.
        const x = drag.x + PAN_RADIUS_PX * (Math.cos(angle) - 1);
        const y = drag.y + PAN_RADIUS_PX * Math.sin(angle);
        mouse('mousemove', x, y, 1);
      } else if (elapsed < durationMs) {
        const zoomIn = Math.floor(within * 4) % 2 === 0;
        target.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY: zoomIn ? -WHEEL_DELTA : WHEEL_DELTA,
            deltaMode: 0,
            clientX: centre.x,
            clientY: centre.y,
            bubbles: true,
            cancelable: true,
          }),
        );
        wheelSteps++;
      }

      if (elapsed < durationMs) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });

  const seconds = (performance.now() - started) / 1000;
  intervals.shift(); // the first interval runs from the call, not from a frame
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    seconds,
    frames,
    redraws: redrawCount() - startRedraws,
    p95FrameMs: sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN,
    longestFrameMs: sorted[sorted.length - 1] ?? Number.NaN,
    pans,
    wheelSteps,
    panTravelPx,
    zoomRange: [minZoom, maxZoom],
  };
}

/**
 * A point on the canvas's background, away from every node, where a drag pans the view rather than
 * moving a node. Tries a grid from the centre outwards; the centre when nothing is free (then the drag
 * moves a node, and the pan travel reported shows it).
 */
function emptySpot(cy: Core, box: DOMRect): { x: number; y: number } {
  const nodes = cy.nodes().map((n) => ({ at: n.renderedPosition(), radius: n.renderedWidth() / 2 + 6 }));
  const candidates: { x: number; y: number }[] = [];
  for (let gx = 0.2; gx <= 0.8; gx += 0.05) {
    for (let gy = 0.2; gy <= 0.8; gy += 0.05) candidates.push({ x: box.width * gx, y: box.height * gy });
  }
  candidates.sort(
    (a, b) =>
      Math.hypot(a.x - box.width / 2, a.y - box.height / 2) -
      Math.hypot(b.x - box.width / 2, b.y - box.height / 2),
  );
  const free = candidates.find((c) => nodes.every((n) => Math.hypot(n.at.x - c.x, n.at.y - c.y) > n.radius));
  const spot = free ?? { x: box.width / 2, y: box.height / 2 };
  return { x: box.left + spot.x, y: box.top + spot.y };
}
