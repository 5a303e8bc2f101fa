import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasCounts, saveArtifact, waitForSettledLayout } from './browser';
import { nodesOnScreen, waitForStillCanvas } from './canvas';
import { explorerSession } from './explorer-session';
import { canvasCommand, chooseFromSearch, clearCanvas, selectedCount, settled } from './explorer-steps';

/**
 * The other explorer pieces as the explorer wires them in: the table view, the path finder fed by the
 * node menu, keyboard shortcuts and their help, the theme, the renderer setting and the draw warning.
 */

const { openExplorer } = explorerSession();

async function rightClickNode(p: Page, id: string): Promise<void> {
  const node = (await nodesOnScreen(p)).find((n) => n.id === id);
  if (node === undefined) throw new Error(`${id} is not drawn`);
  await p.mouse.click(node.x, node.y, { button: 'right' });
}

describe('Explorer integration', () => {
  it('shows what is on the canvas as tables, under the same filters, and selects from a row', async () => {
    const p = await openExplorer();
    await settled(p);
    await p.getByRole('button', { name: 'Table', exact: true }).click();
    const entities = p.getByRole('table', { name: /Entities on the canvas/ });
    await entities.waitFor();
    const rows = entities.locator('tbody tr[data-id]');
    await expect.poll(() => rows.count()).toBe((await canvasCounts(p)).nodes);

    // The legend's filter applies to the table too.
    await p.locator('[data-testid="entity-type-toggle"][data-type="Person"]').click();
    await expect.poll(async () => rows.count()).toBe((await canvasCounts(p)).nodes);
    expect(await entities.locator('tbody tr[data-id="nayib-bukele"]').count()).toBe(0);

    await entities.locator('tbody tr[data-id="cbs-news"]').click();
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('CBS News');
    expect(await selectedCount(p)).toBe(1);
    await saveArtifact(p, 'integration-1-table');

    // "t" switches back to the canvas.
    await p.locator('body').press('t');
    await entities.waitFor({ state: 'detached' });
  });

  it('finds a path from the node menu and highlights it on the canvas', async () => {
    const p = await openExplorer();
    await clearCanvas(p);
    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await chooseFromSearch(p, 'cbs news', 'CBS News');
    await settled(p);
    await rightClickNode(p, 'nayib-bukele');
    await p.getByRole('menuitem', { name: 'Path from here' }).click();
    await rightClickNode(p, 'cbs-news');
    await p.getByRole('menuitem', { name: 'Path to here' }).click();
    const finder = p.getByTestId('path-finder');
    await finder.getByRole('button', { name: 'Find path' }).click();
    await expect
      .poll(() => finder.getByTestId('path-status').innerText())
      .toMatch(/^\d+ hops?: Nayib Bukele → .* → CBS News$/);
    const hops = await finder.getByRole('list', { name: 'Hops in path order' }).getByRole('listitem').count();
    // Every entity and relation of the path is drawn and marked.
    await expect
      .poll(() => p.evaluate(() => window.__newsgraphCy?.$('.path').length ?? 0))
      .toBe(hops * 2 + 1);
    await waitForSettledLayout(p);
    await saveArtifact(p, 'integration-2-path');
    // Undo takes the drawn path back.
    await p.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => p.evaluate(() => window.__newsgraphCy?.$('.path').length ?? 0)).toBe(0);
  });

  it('lists the shortcuts on "?", and switches theme on "d"', async () => {
    const p = await openExplorer();
    await p.locator('body').press('?');
    const help = p.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await saveArtifact(p, 'integration-3-shortcuts');
    await p.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    const before = await p.evaluate(() => document.documentElement.dataset.theme);
    await p.locator('body').press('d');
    await expect.poll(() => p.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
    await settled(p);
    await saveArtifact(p, 'integration-4-theme');
    // Select all (Ctrl+A), then Escape clears the selection.
    await p.locator('body').press('Control+a');
    const counts = await canvasCounts(p);
    await expect.poll(() => selectedCount(p)).toBe(counts.nodes + counts.edges);
    await p.keyboard.press('Escape');
    await expect.poll(() => selectedCount(p)).toBe(0);
  });

  it('re-creates the canvas with the WebGL renderer when chosen, keeping what is drawn', async () => {
    const p = await openExplorer();
    await settled(p);
    const canvas = p.getByTestId('graph-canvas');
    expect(await canvas.getAttribute('data-renderer')).toBe('canvas');
    const before = await canvasCounts(p);
    await p.getByRole('button', { name: 'Settings' }).click();
    await p.getByRole('combobox', { name: 'Renderer' }).selectOption('webgl');
    await p.keyboard.press('Escape');
    await expect.poll(() => canvas.getAttribute('data-renderer')).toBe('webgl');
    await expect.poll(() => canvasCounts(p)).toEqual(before);
    await waitForStillCanvas(p);
    await saveArtifact(p, 'integration-5-webgl');
  });

  it('asks before drawing more entities than the threshold, and draws only the first ones when told', async () => {
    const p = await openExplorer();
    await p.getByRole('button', { name: 'Settings' }).click();
    await p.getByRole('spinbutton', { name: /Ask before drawing more than/ }).fill('10');
    await p.keyboard.press('Escape');
    await canvasCommand(p, 'Reset to overview');
    const warning = p.getByRole('dialog', { name: /^Draw/ });
    await warning.waitFor();
    await saveArtifact(p, 'integration-6-draw-warning');
    await warning.getByRole('button', { name: 'Draw the first 10' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(10);
  });
});
