import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { saveArtifact, waitForDrawnGraph } from './browser';
import { explorerSession } from './explorer-session';
import { pickPathEnd } from './panels';
import { signInPage } from './sign-in';

/**
 * The explorer's layout on a laptop screen, 1280×720 (issue 14, seen 8): the header and the canvas
 * toolbar each on one row (the account button wrapped the header, and the open search list then covered
 * Import), a canvas tall enough to work in (it was 423 px), and the side column giving a path's hops the
 * room (they sat in a ~360 px scroll box above help text). Also the query console's "Draw result", which
 * was an icon without words.
 */

const session = explorerSession();
let page: Page | undefined;
afterEach(async () => {
  await page?.context().close();
  page = undefined;
});

/** The explorer at 1280×720, signed in as the editor (so Import and the account's name are in the header). */
async function openAsEditor(): Promise<Page> {
  const context = await session.browser().newContext({ viewport: { width: 1280, height: 720 } });
  page = await context.newPage();
  await signInPage(page, inject('baseUrl'), inject('editor'));
  await page.goto(inject('baseUrl'));
  await waitForDrawnGraph(page);
  await page.getByTestId('account-name').waitFor();
  return page;
}

/** How far apart, vertically, the tops of the elements `selector` matches are (0: one row). */
function rowSpread(p: Page, selector: string): Promise<number> {
  return p.locator(selector).evaluateAll((elements) => {
    const tops = elements
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r) => r.top + r.height / 2);
    return Math.max(...tops) - Math.min(...tops);
  });
}

describe('the explorer’s layout at 1280×720', () => {
  it('keeps the header and the canvas toolbar on one row each, and the canvas tall', async () => {
    const p = await openAsEditor();
    // Centres within a few pixels of each other: one row (a second row puts them ~40 px apart).
    expect(await rowSpread(p, '.topbar > *, .topbar-actions > *')).toBeLessThan(12);
    expect(await rowSpread(p, '[role="toolbar"][aria-label="Canvas"] > *')).toBeLessThan(12);
    const canvas = await p.getByTestId('graph-canvas').boundingBox();
    expect(canvas?.height).toBeGreaterThanOrEqual(500);
    // And no wider than its column: the side column beside it stays uncovered.
    const side = await p.locator('.side-column').boundingBox();
    expect((canvas?.x ?? 0) + (canvas?.width ?? 0)).toBeLessThanOrEqual((side?.x ?? 0) + 1);
  });

  it('leaves Import pressable while the search suggestions are open', async () => {
    const p = await openAsEditor();
    await p.getByRole('combobox', { name: 'Search entities' }).fill('bukele');
    await p.getByRole('option').first().waitFor();
    const importButton = p.getByRole('button', { name: 'Import…' });
    const box = await importButton.boundingBox();
    if (box === null) throw new Error('Import is not shown');
    // What is under the middle of the Import button is the button itself, not the suggestion list.
    const hit = await p.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('button')?.textContent ?? null,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(hit).toBe('Import…');
  });

  it('gives a path’s hops the room, with no help text under them', async () => {
    const p = await openAsEditor();
    await p.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Find path' }).click();
    await pickPathEnd(p, 'From', 'bukele', 'Nayib Bukele');
    await pickPathEnd(p, 'To', 'cbs', 'CBS News');
    const finder = p.getByRole('region', { name: 'Path finder' });
    await finder.getByRole('button', { name: 'Find path' }).click();
    await expect.poll(() => finder.getByTestId('path-status').innerText()).toMatch(/hops?:/);
    await p.keyboard.press('Escape');

    await saveArtifact(p, 'layout-path-hops-1280x720');
    // The path finder is not a scroll box of its own: its hops are laid out at full height.
    const box = await p
      .getByTestId('path-finder')
      .evaluate((e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    // Nothing is selected, and the panel says so in one line rather than with the getting-started tips.
    expect(await p.locator('.panel-tips').count()).toBe(0);
    // The first hop and its first evidence sentence are on screen, whole (in the 339-pixel box it had, the
    // form left room for a line or two of it).
    const hops = p.locator('.path-hop');
    expect(await hops.count()).toBeGreaterThanOrEqual(2);
    const sentence = await hops.nth(0).locator('.path-evidence').first().boundingBox();
    expect(sentence).not.toBeNull();
    expect((sentence?.y ?? 720) + (sentence?.height ?? 0)).toBeLessThanOrEqual(720);
  });

  it('writes the name of the console’s “Draw result” beside its icon', async () => {
    const context = await session.browser().newContext({ viewport: { width: 1280, height: 720 } });
    page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/query`);
    const draw = page.getByRole('button', { name: 'Draw result' });
    await draw.waitFor();
    expect(await draw.innerText()).toContain('Draw result');
  });
});
