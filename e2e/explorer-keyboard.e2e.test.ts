import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selectedIds } from './canvas';
import { explorerSession } from './explorer-session';

/**
 * The explorer from the keyboard alone (issue 14, seen 6): after a search result is chosen the focus is on
 * the canvas, so the shortcuts act on the chosen entity (E used to type into the search box); Tab reaches
 * the canvas; the arrow keys walk to the neighbours; Enter opens the details, where Expand is a few Tabs
 * away (it was ~30).
 */

const { openExplorer } = explorerSession();

/** What has the focus, named the way the test reads it. */
function focused(p: Page): Promise<string> {
  return p.evaluate(() => {
    const active = document.activeElement;
    if (active === null) return 'nothing';
    const testId = active.getAttribute('data-testid');
    return testId ?? `${active.tagName.toLowerCase()}:${(active.textContent ?? '').trim().slice(0, 40)}`;
  });
}

/** Picks the first suggestion for `query` with the keyboard alone. */
async function chooseWithKeys(p: Page, query: string): Promise<void> {
  const search = p.getByRole('combobox', { name: 'Search entities' });
  await search.focus();
  await p.keyboard.type(query);
  await p.getByRole('option').first().waitFor();
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('Enter');
}

/** Whether `a` and `b` are joined by a drawn relation. */
function areNeighbours(p: Page, a: string, b: string): Promise<boolean> {
  return p.evaluate(
    ([x, y]) =>
      (window.__newsgraphCy?.getElementById(x ?? '').neighborhood(`node[id = "${y}"]`).length ?? 0) > 0,
    [a, b],
  );
}

describe('the explorer from the keyboard', () => {
  it('puts the focus on the canvas after a search, so E expands the chosen entity instead of typing', async () => {
    const p = await openExplorer();
    await chooseWithKeys(p, 'bukele');
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('Nayib Bukele');
    await expect.poll(() => focused(p)).toBe('graph-canvas');
    const [chosen] = await selectedIds(p);
    expect(chosen).toBeDefined();

    // An arrow key walks to a neighbour of the chosen entity, drawn in that direction.
    await p.keyboard.press('ArrowRight');
    await expect.poll(async () => (await selectedIds(p))[0]).not.toBe(chosen);
    const [neighbour] = await selectedIds(p);
    expect(await areNeighbours(p, chosen ?? '', neighbour ?? '')).toBe(true);

    // E expands it (the page asks for its neighbourhood); nothing was typed into the search box.
    const expanding = p.waitForRequest(
      (r) => r.url().endsWith('/api/graphql') && (r.postData() ?? '').includes('query Expand('),
    );
    await p.keyboard.press('e');
    const request = await expanding;
    expect((JSON.parse(request.postData() ?? '{}') as { variables: { id: string } }).variables.id).toBe(
      neighbour,
    );
    expect(await p.getByRole('combobox', { name: 'Search entities' }).inputValue()).toBe('Nayib Bukele');
  });

  it('reaches the canvas with Tab, and Expand a few Tabs after Enter opens the details', async () => {
    const p = await openExplorer();
    // From the search box, Tab crosses the header and the canvas toolbar to the canvas.
    await p.getByRole('combobox', { name: 'Search entities' }).focus();
    let tabs = 0;
    while ((await focused(p)) !== 'graph-canvas' && tabs < 15) {
      await p.keyboard.press('Tab');
      tabs += 1;
    }
    expect(await focused(p)).toBe('graph-canvas');

    // On the canvas with nothing selected, an arrow key starts from the most connected entity.
    await p.keyboard.press('ArrowDown');
    await expect.poll(async () => (await selectedIds(p)).length).toBe(1);
    await p.getByTestId('details-title').waitFor();

    // Enter opens the details: the focus moves into the panel, and Expand is a few Tabs on.
    await p.keyboard.press('Enter');
    await expect.poll(() => focused(p)).toBe('details-panel');
    for (let i = 0; i < 4 && (await focused(p)) !== 'expand-button'; i++) await p.keyboard.press('Tab');
    expect(await focused(p)).toBe('expand-button');
  });
});
