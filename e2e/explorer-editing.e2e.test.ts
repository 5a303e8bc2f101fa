import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasCounts, saveArtifact, waitForDrawnGraph, waitForSettledLayout } from './browser';
import { nodesOnScreen, waitForStillCanvas } from './canvas';
import { explorerSession } from './explorer-session';
import type { NodeOnScreen } from './canvas';
import {
  canvasCommand,
  chooseFromSearch,
  clearCanvas,
  drawnEntityIds,
  entitiesShownByLegend,
  entityTypeToggles,
  modelPositions,
  selectedCount,
  settled,
} from './explorer-steps';

const { openExplorer } = explorerSession();

/** How many entities (not relations) are selected. */
async function selectedEntities(p: Page): Promise<number> {
  return Number(
    await p.getByTestId('selection-bar').locator('.selection-count').getAttribute('data-entities'),
  );
}

async function clickableNodes(p: Page): Promise<NodeOnScreen[]> {
  return (await nodesOnScreen(p))
    .filter((n) => n.inView && n.clearance > 6)
    .sort((a, b) => b.clearance - a.clearance);
}

const SEGMENT = '60 Minutes segment on CECOT';

describe('Explorer editing', () => {
  it('caps an expansion at the configured number of neighbours, says how many more, and draws more on request', async () => {
    const p = await openExplorer();
    // The setting is kept in this browser: set it, reload, and it is still there.
    await p.getByRole('button', { name: 'Settings' }).click();
    await p.getByRole('spinbutton', { name: 'Neighbours per expansion' }).fill('2');
    await p.reload();
    await waitForDrawnGraph(p);
    await p.getByRole('button', { name: 'Settings' }).click();
    expect(await p.getByRole('spinbutton', { name: 'Neighbours per expansion' }).inputValue()).toBe('2');
    await p.keyboard.press('Escape');

    await clearCanvas(p);
    // The segment has seven neighbours in the seed graph: two are drawn, five offered.
    await chooseFromSearch(p, '60 minutes segment', SEGMENT);
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(3);
    const more = p.getByTestId('expansion-more');
    const remaining = () => more.locator('[data-remaining]').getAttribute('data-remaining');
    await expect.poll(remaining).toBe('5');
    await expect.poll(() => p.getByTestId('canvas-status').innerText()).toContain('5 more not drawn');
    // The details panel shows the entity with its evidence.
    await p.getByTestId('node-details').getByTestId('evidence-sentence').first().waitFor();
    await settled(p);
    await saveArtifact(p, 'capped-expansion');

    await more.getByRole('button', { name: 'Show 2 more' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(5);
    await expect.poll(remaining).toBe('3');

    // Expanding again brings two neighbours not drawn yet, not the ones already there.
    await p.getByTestId('expand-button').click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(7);
    await expect.poll(remaining).toBe('1');

    // The last one from the pick list, grouped by relation type.
    await more.getByRole('button', { name: 'Pick…' }).click();
    const choices = more.getByRole('checkbox');
    expect(await choices.count()).toBeGreaterThanOrEqual(1);
    await choices.first().check();
    await more.getByRole('button', { name: 'Draw 1 picked' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(8);
    await more.waitFor({ state: 'detached' });
    await settled(p);
  });

  it('filters types from the legend, keeps them hidden across an expansion, and undoes and redoes it all', async () => {
    const p = await openExplorer();
    await clearCanvas(p);
    // CECOT and its neighbours: one person among them (Hillary Clinton).
    await chooseFromSearch(p, 'cecot', 'CECOT');
    await settled(p);
    const before = await canvasCounts(p);
    expect((await entityTypeToggles(p)).get('Person')?.count).toBe(1);

    const toggle = p.locator('[data-testid="entity-type-toggle"][data-type="Person"]');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(before.nodes - 1);

    // The Trump administration's neighbours include another person (the federal judge): drawn hidden.
    await chooseFromSearch(p, 'trump administration', 'Trump administration');
    await waitForSettledLayout(p);
    await expect.poll(async () => (await entityTypeToggles(p)).get('Person')?.count).toBe(2);
    expect((await entityTypeToggles(p)).get('Person')?.shown).toBe(false);
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(await entitiesShownByLegend(p));
    const afterExpansion = await canvasCounts(p);
    await saveArtifact(p, 'editing-2-filtered');

    // Undo the expansion (keyboard), then the filter (button); redo the filter (keyboard), then the rest.
    await p.locator('body').press('Control+z');
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(before.nodes - 1);
    await p.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(before.nodes);
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await p.locator('body').press('Control+Shift+Z');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await p.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(afterExpansion.nodes);
    expect(await p.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);
  });

  it('selects by click, shift-click and a shift-drag box, then hides, removes, pins and clears, each undoable', async () => {
    const p = await openExplorer();
    await settled(p);
    const total = (await canvasCounts(p)).nodes;
    const [first, second] = await clickableNodes(p);
    if (first === undefined || second === undefined) throw new Error('Fewer than two clickable nodes');

    await p.mouse.click(first.x, first.y);
    await expect.poll(() => selectedCount(p)).toBe(1);
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe(first.name);
    await p.keyboard.down('Shift');
    await p.mouse.click(second.x, second.y);
    await p.keyboard.up('Shift');
    await expect.poll(() => selectedCount(p)).toBe(2);
    // The panel shows the last one selected.
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe(second.name);

    // Hide both; "Show hidden" brings them back; undo hides them again.
    await p.getByTestId('selection-bar').getByRole('button', { name: 'Hide' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(total - 2);
    await canvasCommand(p, 'Show hidden (2)');
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(total);
    await p.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(total - 2);
    await p.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(total);
    await waitForStillCanvas(p);

    // A box drawn with Shift held around the left half of the drawing selects exactly the nodes inside it.
    const box = await p.getByTestId('graph-canvas').boundingBox();
    if (box === null) throw new Error('No canvas');
    await p.mouse.click(box.x + 4, box.y + 4); // a click on the background clears the selection
    await expect.poll(() => selectedCount(p)).toBe(0);
    const nodes = await nodesOnScreen(p);
    const [x1, y1, x2, y2] = [box.x + 2, box.y + 2, box.x + box.width / 2, box.y + box.height - 2];
    const inside = nodes.filter((n) => n.x > x1 && n.x < x2 && n.y > y1 && n.y < y2);
    expect(inside.length).toBeGreaterThan(0);
    await p.keyboard.down('Shift');
    await p.mouse.move(x1, y1);
    await p.mouse.down();
    await p.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 5 });
    await p.mouse.move(x2, y2, { steps: 5 });
    await p.mouse.up();
    await p.keyboard.up('Shift');
    // Cytoscape selects what lies wholly in the box (a node with its label): some of the centres inside.
    await expect.poll(() => selectedEntities(p)).toBeGreaterThan(0);
    const boxed = await selectedEntities(p);
    expect(boxed).toBeLessThanOrEqual(inside.length);
    await saveArtifact(p, 'editing-3-box-selection');

    // Remove what the box selected; undo brings it back.
    await p.getByTestId('selection-bar').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(total - boxed);
    await p.keyboard.press('Control+z');
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(total);

    // Pin one node, run another layout: the pinned node stays where it was, the others move.
    await waitForStillCanvas(p);
    const [pinMe] = await clickableNodes(p);
    if (pinMe === undefined) throw new Error('No clickable node');
    await p.mouse.click(pinMe.x, pinMe.y);
    await expect.poll(() => selectedCount(p)).toBe(1);
    const pin = p.getByTestId('selection-bar').getByRole('button', { name: 'Pin' });
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    const pinnedAt = (await modelPositions(p))[pinMe.id];
    const beforeLayout = await modelPositions(p);
    await p.getByTestId('layout-select').selectOption('grid');
    await waitForStillCanvas(p);
    const afterLayout = await modelPositions(p);
    expect(afterLayout[pinMe.id]).toEqual(pinnedAt);
    const moved = Object.keys(afterLayout).filter(
      (id) =>
        Math.hypot(
          (afterLayout[id]?.x ?? 0) - (beforeLayout[id]?.x ?? 0),
          (afterLayout[id]?.y ?? 0) - (beforeLayout[id]?.y ?? 0),
        ) > 1,
    );
    expect(moved.length).toBeGreaterThan(0);
    expect(await p.evaluate((id) => window.__newsgraphCy?.getElementById(id).locked(), pinMe.id)).toBe(true);

    // Clear the canvas, then undo: everything is back, in the same places.
    const ids = await drawnEntityIds(p);
    await clearCanvas(p);
    await p.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => drawnEntityIds(p)).toEqual(ids);
    await waitForStillCanvas(p);
    expect((await modelPositions(p))[pinMe.id]).toEqual(pinnedAt);
  });

  it('opens a menu on right-click whose actions the keyboard reaches', async () => {
    const p = await openExplorer();
    await settled(p);
    const total = (await canvasCounts(p)).nodes;
    const [node] = await clickableNodes(p);
    if (node === undefined) throw new Error('No clickable node');
    await p.mouse.click(node.x, node.y, { button: 'right' });
    const menu = p.getByRole('menu', { name: `Actions for ${node.name}` });
    await menu.waitFor();
    for (const item of ['Expand neighbours', 'Path from here', 'Path to here', 'Hide', 'Remove', 'Pin']) {
      await menu.getByRole('menuitem', { name: item, exact: true }).waitFor();
    }
    // Focus is on the first item: down three times is "Hide".
    await expect.poll(() => p.evaluate(() => document.activeElement?.textContent)).toBe('Expand neighbours');
    for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowDown');
    await expect.poll(() => p.evaluate(() => document.activeElement?.textContent)).toBe('Hide');
    await saveArtifact(p, 'editing-4-context-menu');
    await p.keyboard.press('Enter');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(total - 1);
    expect(await drawnEntityIds(p)).not.toContain(node.id);
  });

  it('runs every layout, animated and re-runnable, and says which one is on', async () => {
    const p = await openExplorer();
    await settled(p);
    const canvas = p.getByTestId('graph-canvas');
    for (const name of ['concentric', 'breadthfirst', 'circle', 'grid', 'fcose']) {
      const before = await modelPositions(p);
      await p.getByTestId('layout-select').selectOption(name);
      await expect.poll(() => canvas.getAttribute('data-layout-name')).toBe(name);
      await waitForStillCanvas(p);
      const after = await modelPositions(p);
      const moved = Object.keys(after).filter(
        (id) =>
          Math.hypot((after[id]?.x ?? 0) - (before[id]?.x ?? 0), (after[id]?.y ?? 0) - (before[id]?.y ?? 0)) >
          1,
      );
      expect(moved.length, `${name} moved nothing`).toBeGreaterThan(0);
      await saveArtifact(p, `editing-5-layout-${name}`);
    }
    // Concentric by degree puts the best-connected entity in the middle.
    await p.getByTestId('layout-select').selectOption('concentric');
    await waitForStillCanvas(p);
    const centre = await p.evaluate(() => {
      const cy = window.__newsgraphCy;
      if (cy === undefined) throw new Error('no canvas');
      const box = cy.nodes().boundingBox();
      const mid = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      const byDistance = cy
        .nodes()
        .toArray()
        .sort(
          (a, b) =>
            Math.hypot(a.position().x - mid.x, a.position().y - mid.y) -
            Math.hypot(b.position().x - mid.x, b.position().y - mid.y),
        );
      const maxDegree = Math.max(...cy.nodes().map((n) => Number(n.data('degree'))));
      return { innermost: Number(byDistance[0]?.data('degree')), maxDegree };
    });
    expect(centre.innermost).toBe(centre.maxDegree);
    // Re-running the force layout lays the drawing out again.
    await p.getByTestId('layout-select').selectOption('fcose');
    await waitForStillCanvas(p);
    const before = await modelPositions(p);
    await p.getByRole('button', { name: 'Re-run layout' }).click();
    await waitForStillCanvas(p);
    expect(await modelPositions(p)).not.toEqual(before);
  });
});
