import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { OVERVIEW_QUERY } from '@/app/lib/queries';
import type { OverviewResult } from '@/app/lib/queries';
import { auditAccessibility, seriousViolations } from './accessibility';
import { canvasCounts, launchChromium, saveArtifact, waitForDrawnGraph } from './browser';
import { nodesOnScreen, selectedIds, waitForStillCanvas } from './canvas';
import { canvasCommand } from './explorer-steps';

/**
 * Big graphs in the real explorer: the warning before a drawing passes the reader's threshold (each of
 * its buttons), and the renderer switch (canvas ↔ WebGL, re-creating Cytoscape with what was drawn).
 * The seed graph is small (24 entities), so the threshold is lowered to its minimum, 10, through the
 * settings the explorer keeps in localStorage or through its settings popover. 'auto' switches to WebGL
 * only past 3,000 elements, which the seed graph cannot reach: here 'auto' is shown to stay on the canvas
 * renderer, and the switch is driven by the explicit choice.
 */

const SETTINGS_KEY = 'newsgraph:explorer-settings';
const THRESHOLD = 10;

let browser: Browser;
let page: Page | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** Opens the explorer with these settings already stored, as if the reader had set them earlier. */
async function openWithSettings(settings: {
  drawWarningThreshold?: number;
  renderer?: string;
}): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const stored = JSON.stringify({
    expansionLimit: 25,
    drawWarningThreshold: 1000,
    renderer: 'auto',
    ...settings,
  });
  // Only before the first load: a reload must see what the page itself stored since.
  await page.addInitScript(
    ({ key, value }) => {
      if (window.sessionStorage.getItem('big-graph-seeded') === null) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem('big-graph-seeded', '1');
      }
    },
    { key: SETTINGS_KEY, value: stored },
  );
  await page.goto(inject('baseUrl'));
  return page;
}

/** The overview the explorer draws first: its entities in the order the API sends them. */
async function overviewEntities(): Promise<{ id: string; name: string }[]> {
  const response = await fetch(`${inject('baseUrl')}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: OVERVIEW_QUERY, variables: { limit: 40 } }),
  });
  const body = (await response.json()) as { data?: OverviewResult };
  if (body.data === undefined) throw new Error(`overview failed: ${JSON.stringify(body)}`);
  return body.data.overview.nodes.map((n) => ({ id: n.id, name: n.name }));
}

function drawWarning(p: Page) {
  return p.getByRole('dialog', { name: /^Draw/ });
}

async function drawnNodeCount(p: Page): Promise<number> {
  return (await canvasCounts(p)).nodes;
}

/** Picks `name` in the search box (which draws it with its neighbours) without waiting for the result. */
async function pickFromSearch(p: Page, name: string): Promise<void> {
  const search = p.getByRole('combobox', { name: 'Search entities' });
  await search.fill(name);
  const names = p.getByRole('option').locator('.search-option-name');
  await names.getByText(name, { exact: true }).waitFor();
  const index = (await names.allInnerTexts()).indexOf(name);
  for (let i = 0; i <= index; i++) await search.press('ArrowDown');
  await search.press('Enter');
}

describe('The draw warning', () => {
  it('asks before the first drawing passes the threshold, offering all, the first ones, or nothing', async () => {
    const overview = await overviewEntities();
    expect(overview.length).toBeGreaterThan(THRESHOLD);
    const p = await openWithSettings({ drawWarningThreshold: THRESHOLD });
    const warning = drawWarning(p);
    await warning.waitFor();
    expect(await warning.getByRole('heading').innerText()).toBe(`Draw ${overview.length} entities?`);
    await expect.poll(() => warning.innerText()).toMatch(/more than the 10 entities you set as the limit/);
    // What a big drawing costs is said before the reader chooses.
    expect(await warning.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    // The partial drawing (the choice that keeps the canvas usable) has the focus.
    await expect
      .poll(() => p.evaluate(() => document.activeElement?.textContent))
      .toBe(`Draw the first ${THRESHOLD}`);
    expect(seriousViolations(await auditAccessibility(p))).toEqual([]);
    await saveArtifact(p, 'big-graph-1-draw-warning');

    await warning.getByRole('button', { name: `Draw the first ${THRESHOLD}` }).click();
    await expect.poll(() => warning.count()).toBe(0);
    await waitForDrawnGraph(p);
    expect(await drawnNodeCount(p)).toBe(THRESHOLD);
    // The first ones in the order the API sent them: the best connected.
    const drawn = await p.evaluate(() => window.__newsgraphCy?.nodes().map((n) => n.id()) ?? []);
    expect(new Set(drawn)).toEqual(new Set(overview.slice(0, THRESHOLD).map((e) => e.id)));
  });

  it('draws everything on "Draw all"', async () => {
    const overview = await overviewEntities();
    const p = await openWithSettings({ drawWarningThreshold: THRESHOLD });
    await drawWarning(p)
      .getByRole('button', { name: `Draw all ${overview.length}` })
      .click();
    await waitForDrawnGraph(p);
    expect(await drawnNodeCount(p)).toBe(overview.length);
    expect(await drawWarning(p).count()).toBe(0);
  });

  it('draws nothing on "Cancel", on the ✕ button or on Escape', async () => {
    const p = await openWithSettings({ drawWarningThreshold: THRESHOLD });
    for (const close of [
      () => drawWarning(p).getByRole('button', { name: 'Cancel' }).click(),
      () =>
        drawWarning(p)
          .getByRole('button', { name: /^Close/ })
          .click(),
      () => p.keyboard.press('Escape'),
    ]) {
      await drawWarning(p).waitFor();
      await close();
      await expect.poll(() => drawWarning(p).count()).toBe(0);
      expect(await drawnNodeCount(p)).toBe(0);
      // Ask again: "Reset to overview" draws the overview, through the same warning.
      await canvasCommand(p, 'Reset to overview');
    }
    await drawWarning(p).waitFor();
  });

  it('offers only "Draw all" and "Cancel" when the canvas is already at the threshold', async () => {
    const overview = await overviewEntities();
    const p = await openWithSettings({ drawWarningThreshold: THRESHOLD });
    await drawWarning(p)
      .getByRole('button', { name: `Draw the first ${THRESHOLD}` })
      .click();
    await waitForDrawnGraph(p);
    const outside = overview[THRESHOLD];
    if (outside === undefined) throw new Error('The seed overview has no entity past the threshold');

    await pickFromSearch(p, outside.name);
    const warning = drawWarning(p);
    await warning.waitFor();
    await expect
      .poll(() => warning.innerText())
      .toMatch(/The canvas holds 10 entities; this would bring it to/);
    expect(await warning.getByRole('button', { name: /^Draw the first/ }).count()).toBe(0);
    await expect.poll(() => p.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    const incoming = Number(/^Draw (\d+) entit/.exec(await warning.getByRole('heading').innerText())?.[1]);
    expect(incoming).toBeGreaterThan(0);
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => warning.count()).toBe(0);
    expect(await drawnNodeCount(p)).toBe(THRESHOLD);

    await pickFromSearch(p, outside.name);
    await warning.getByRole('button', { name: `Draw all ${incoming}` }).click();
    await expect.poll(() => drawnNodeCount(p)).toBe(THRESHOLD + incoming);
    await expect
      .poll(() => p.evaluate((id) => window.__newsgraphCy?.getElementById(id).nonempty(), outside.id))
      .toBe(true);
  });

  it('uses the threshold set in the settings popover, and keeps it for the next visit', async () => {
    const p = await openWithSettings({});
    await waitForDrawnGraph(p);
    expect(await drawWarning(p).count()).toBe(0);
    await p.getByRole('button', { name: 'Settings' }).click();
    await p.getByRole('spinbutton', { name: /Ask before drawing more than/ }).fill(String(THRESHOLD));
    await p.keyboard.press('Escape');
    await p.reload();
    await drawWarning(p).waitFor();
    await drawWarning(p)
      .getByRole('button', { name: `Draw the first ${THRESHOLD}` })
      .click();
    await expect.poll(() => drawnNodeCount(p)).toBe(THRESHOLD);
  });
});

describe('The renderer', () => {
  async function renderer(p: Page): Promise<string | null> {
    return p.getByTestId('graph-canvas').getAttribute('data-renderer');
  }

  async function chooseRenderer(p: Page, value: 'auto' | 'canvas' | 'webgl'): Promise<void> {
    await p.getByRole('button', { name: 'Settings' }).click();
    await p.getByRole('combobox', { name: 'Renderer' }).selectOption(value);
    await p.keyboard.press('Escape');
  }

  it('stays on the canvas renderer for a small graph on auto', async () => {
    const p = await openWithSettings({});
    await waitForDrawnGraph(p);
    expect(await renderer(p)).toBe('canvas');
    expect(await p.getByTestId('graph-canvas').locator('canvas[data-id="layer3-webgl"]').count()).toBe(0);
  });

  it('switches to WebGL and back when chosen, keeping what is drawn, and WebGL picks nodes under the mouse', async () => {
    const p = await openWithSettings({});
    await waitForDrawnGraph(p);
    await waitForStillCanvas(p);
    const before = await canvasCounts(p);

    await chooseRenderer(p, 'webgl');
    await expect.poll(() => renderer(p)).toBe('webgl');
    // Cytoscape's WebGL layer is there: the setting reached the renderer, not just the attribute.
    await expect
      .poll(() => p.getByTestId('graph-canvas').locator('canvas[data-id="layer3-webgl"]').count())
      .toBe(1);
    await expect.poll(() => canvasCounts(p)).toEqual(before);
    await waitForStillCanvas(p);
    await saveArtifact(p, 'big-graph-2-webgl');

    // Clicking a node selects it: WebGL finds what is under the mouse through its own picking buffer.
    const target = (await nodesOnScreen(p))
      .filter((n) => n.inView)
      .sort((a, b) => b.clearance - a.clearance)[0];
    if (target === undefined) throw new Error('No node in view to click');
    await p.mouse.click(target.x, target.y);
    await expect.poll(() => selectedIds(p)).toEqual([target.id]);

    await chooseRenderer(p, 'canvas');
    await expect.poll(() => renderer(p)).toBe('canvas');
    await expect.poll(() => canvasCounts(p)).toEqual(before);
  });

  it('opens with the renderer kept in the settings', async () => {
    const p = await openWithSettings({ renderer: 'webgl' });
    await waitForDrawnGraph(p);
    expect(await renderer(p)).toBe('webgl');
    await chooseRenderer(p, 'auto');
    await expect.poll(() => renderer(p)).toBe('canvas');
  });
});
