import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { canvasCounts, waitForDrawnGraph } from './browser';
import { waitForStillCanvas } from './canvas';

/**
 * Steps the explorer's browser tests share: reading the view's state from the DOM (status line, legend,
 * selection bar, URL) and driving the search box.
 */

/** Types into the search box and picks the suggestion named `name` with the keyboard. */
export async function chooseFromSearch(p: Page, query: string, name: string): Promise<void> {
  const search = p.getByRole('combobox', { name: 'Search entities' });
  await search.fill(query);
  const names = p.getByRole('option').locator('.search-option-name');
  await names.getByText(name, { exact: true }).waitFor();
  const index = (await names.allInnerTexts()).indexOf(name);
  const option = p.getByRole('option').nth(index);
  for (let i = 0; i <= index; i++) await search.press('ArrowDown');
  await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
  await search.press('Enter');
  await expect.poll(() => p.getByTestId('details-title').innerText()).toBe(name);
  await search.blur();
}

/**
 * Presses one of the canvas commands in the toolbar's "More" menu (Show hidden, Clear canvas, Reset to
 * overview): opens the menu, presses it (the menu closes).
 */
export async function canvasCommand(p: Page, name: string | RegExp): Promise<void> {
  await p.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: /^More/ }).click();
  await p.getByTestId('toolbar-more').getByRole('button', { name }).click();
}

/** Empties the canvas with "Clear canvas" and waits until nothing is drawn. */
export async function clearCanvas(p: Page): Promise<void> {
  await canvasCommand(p, 'Clear canvas');
  await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(0);
}

/** Waits for the drawing to settle and stop moving. */
export async function settled(p: Page): Promise<void> {
  await waitForDrawnGraph(p);
  await waitForStillCanvas(p);
}

/** The number the selection bar shows. */
export async function selectedCount(p: Page): Promise<number> {
  return Number(await p.getByTestId('selection-bar').locator('.selection-count').getAttribute('data-count'));
}

/** Entity type toggles of the legend: type → shown (aria-pressed) and count. */
export async function entityTypeToggles(p: Page): Promise<Map<string, { shown: boolean; count: number }>> {
  const toggles = p.getByTestId('entity-type-toggle');
  const result = new Map<string, { shown: boolean; count: number }>();
  for (let i = 0; i < (await toggles.count()); i++) {
    const toggle = toggles.nth(i);
    result.set(String(await toggle.getAttribute('data-type')), {
      shown: (await toggle.getAttribute('aria-pressed')) === 'true',
      count: Number(await toggle.locator('.legend-count').innerText()),
    });
  }
  return result;
}

/** How many entities the legend says should be drawn: the counts of the types switched on. */
export async function entitiesShownByLegend(p: Page): Promise<number> {
  let total = 0;
  for (const { shown, count } of (await entityTypeToggles(p)).values()) if (shown) total += count;
  return total;
}

/** Model positions of the drawn entities (the DOM cannot tell where Cytoscape put them). */
export function modelPositions(p: Page): Promise<Record<string, { x: number; y: number }>> {
  return p.evaluate(() => {
    const cy = window.__newsgraphCy;
    if (cy === undefined) throw new Error('window.__newsgraphCy is not set');
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  });
}

/** Ids of the drawn entities. */
export async function drawnEntityIds(p: Page): Promise<string[]> {
  return Object.keys(await modelPositions(p)).sort();
}

/** Opens "Copy link" and reads the link it offers (with positions when asked). */
export async function shareLink(p: Page, withPositions = false): Promise<string> {
  await p.getByRole('button', { name: 'Copy link' }).click();
  const panel = p.getByTestId('share-link');
  if (withPositions) await panel.getByRole('checkbox', { name: 'Include positions' }).check();
  const link = await panel.getByTestId('share-url').inputValue();
  await p.keyboard.press('Escape');
  return link;
}
