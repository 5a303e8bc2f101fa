import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SHORTCUTS } from '@/app/explorer/shortcuts/shortcuts';
import { auditAccessibility, seriousViolations } from './accessibility';
import { launchChromium, saveArtifact, waitForDrawnGraph } from './browser';
import { selectedIds } from './canvas';
import {
  drawnEntities,
  drawnRelationIds,
  openPathFinder,
  pathElementIds,
  pickPathEnd,
  tableRowIds,
} from './panels';

/**
 * The explorer's reading panels in a real browser: the table view of what is drawn (under the filters),
 * the path finder, the keyboard shortcuts overlay, and the light/dark theme, with an accessibility audit
 * in the dark theme.
 */

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.context().close();
});

async function openExplorer(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await waitForDrawnGraph(page);
  return page;
}

async function openTable(p: Page): Promise<void> {
  await p
    .getByRole('toolbar', { name: 'Canvas' })
    .getByRole('button', { name: 'Table', exact: true })
    .click();
  await p.getByRole('table', { name: /Entities on the canvas/ }).waitFor();
}

/** Asks for the path between the two entities, with at most `hops` hops, and waits for the answer. */
async function findPath(p: Page, hops: number): Promise<string> {
  const finder = p.getByRole('region', { name: 'Path finder' });
  await finder.getByLabel('At most').selectOption(String(hops));
  await finder.getByRole('button', { name: 'Find path' }).click();
  const status = finder.getByTestId('path-status');
  await expect.poll(() => status.innerText()).toMatch(/hops?:|No path/);
  return status.innerText();
}

describe('explorer panels', () => {
  describe('table view', () => {
    it('lists exactly what is drawn, and follows the legend’s filters', async () => {
      const p = await openExplorer();
      await openTable(p);
      const drawn = await drawnEntities(p);
      expect((await tableRowIds(p, 'entity-table')).sort()).toEqual(drawn.map((e) => e.id).sort());
      expect((await tableRowIds(p, 'relation-table')).sort()).toEqual((await drawnRelationIds(p)).sort());

      const people = new Set(drawn.filter((e) => e.type === 'Person').map((e) => e.id));
      expect(people.size).toBeGreaterThan(0);
      await p.locator('[data-testid="entity-type-toggle"][data-type="Person"]').click();
      await expect
        .poll(async () => (await tableRowIds(p, 'entity-table')).filter((id) => people.has(id)))
        .toEqual([]);
      const shown = await drawnEntities(p);
      expect((await tableRowIds(p, 'entity-table')).sort()).toEqual(shown.map((e) => e.id).sort());
      expect((await tableRowIds(p, 'relation-table')).sort()).toEqual((await drawnRelationIds(p)).sort());
      await saveArtifact(p, 'table-view');
    });

    it('sorts by a column header and selects rows by click, shift-click and Enter', async () => {
      const p = await openExplorer();
      await openTable(p);
      const table = p.getByTestId('entity-table');
      await table.getByRole('button', { name: /^Relations/ }).click();
      await expect.poll(() => table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
      const degrees = (await table.locator('tbody td.table-number').allInnerTexts()).map(Number);
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));

      const [first, second, third] = await tableRowIds(p, 'entity-table');
      await table.locator(`tr[data-id="${first}"]`).click();
      await expect.poll(() => selectedIds(p)).toEqual([first]);
      await table.locator(`tr[data-id="${second}"]`).click({ modifiers: ['Shift'] });
      await expect.poll(async () => (await selectedIds(p)).sort()).toEqual([first, second].sort());
      await table.locator(`tr[data-id="${third}"]`).getByRole('button').press('Enter');
      await expect.poll(() => selectedIds(p)).toEqual([third]);
      await expect(
        table.locator(`tr[data-id="${third}"]`).getByRole('button').getAttribute('aria-pressed'),
      ).resolves.toBe('true');
    });
  });

  describe('path finder', () => {
    it('finds Nayib Bukele → CBS News as a chain of hops with evidence links, drawn as the path', async () => {
      const p = await openExplorer();
      await openPathFinder(p);
      await pickPathEnd(p, 'From', 'bukele', 'Nayib Bukele');
      await pickPathEnd(p, 'To', 'cbs', 'CBS News');
      const status = await findPath(p, 6);
      expect(status).toMatch(/^\d+ hops?: Nayib Bukele → .* → CBS News$/);
      const names = status.replace(/^\d+ hops?: /, '').split(' → ');

      const hops = p.getByRole('list', { name: 'Hops in path order' }).getByRole('listitem');
      await expect.poll(() => hops.count()).toBe(names.length - 1);
      for (let i = 0; i < names.length - 1; i++) {
        const hop = hops.nth(i);
        // Each hop names the two entities it links (in their stored direction) and quotes its evidence.
        const relation = await hop.locator('.path-hop-relation').innerText();
        expect(relation).toContain(names[i]);
        expect(relation).toContain(names[i + 1]);
        // The sentences load when the path is drawn (the path itself comes without evidence).
        await hop.getByRole('link').first().waitFor();
        const hrefs = await hop
          .getByRole('link')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs)
          expect(href).toMatch(/^\/documents\/[a-z0-9-]+\?about=[a-z0-9-]+#s-\d+-\d+$/);
      }
      const firstLink = await hops.first().getByRole('link').first().getAttribute('href');
      const article = await fetch(`${inject('baseUrl')}${firstLink}`);
      expect(article.status).toBe(200);

      await expect.poll(async () => (await pathElementIds(p)).edges.length).toBe(names.length - 1);
      const marked = await pathElementIds(p);
      expect(marked.nodes).toEqual(expect.arrayContaining(['nayib-bukele', 'cbs-news']));
      await saveArtifact(p, 'path-finder');
    });

    it('says so when there is no path within the chosen number of hops', async () => {
      const p = await openExplorer();
      await openPathFinder(p);
      await pickPathEnd(p, 'From', 'bukele', 'Nayib Bukele');
      await pickPathEnd(p, 'To', 'cbs', 'CBS News');
      expect(await findPath(p, 1)).toBe('No path between Nayib Bukele and CBS News within 1 hop.');
      await expect(p.getByRole('list', { name: 'Hops in path order' }).count()).resolves.toBe(0);
    });

    it('takes its ends from the selection with [ and ], and swaps them', async () => {
      const p = await openExplorer();
      await openTable(p);
      const finder = p.getByRole('region', { name: 'Path finder' });
      const from = finder.getByRole('combobox', { name: 'From', exact: true });
      const to = finder.getByRole('combobox', { name: 'To', exact: true });
      const table = p.getByTestId('entity-table');
      await table.locator('tr[data-id="nayib-bukele"]').getByRole('button').click();
      await p.keyboard.press('[');
      await expect.poll(() => from.inputValue()).toBe('Nayib Bukele');
      await table.locator('tr[data-id="cbs-news"]').getByRole('button').click();
      await p.keyboard.press(']');
      await expect.poll(() => to.inputValue()).toBe('CBS News');
      await finder.getByRole('button', { name: 'Swap ends' }).click();
      await expect.poll(() => from.inputValue()).toBe('CBS News');
      await expect.poll(() => to.inputValue()).toBe('Nayib Bukele');
      expect(await findPath(p, 6)).toMatch(/^\d+ hops?: CBS News → .* → Nayib Bukele$/);
    });
  });

  it('opens the keyboard shortcuts overlay with ? and lists every shortcut', async () => {
    const p = await openExplorer();
    await p.keyboard.press('?');
    const dialog = p.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const shortcut of SHORTCUTS) expect(text).toContain(shortcut.description);
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('toggles the theme, keeps it across a reload, and toggles back with D', async () => {
    const p = await openExplorer();
    const toggle = p.getByRole('button', { name: 'Dark theme' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect.poll(() => p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');

    await p.reload();
    await waitForDrawnGraph(p);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    await p.locator('body').press('d');
    await expect.poll(() => p.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
  });

  it('has no serious or critical accessibility violation in the dark theme, panels open', async () => {
    const p = await openExplorer();
    await p.getByRole('button', { name: 'Dark theme' }).click();
    await openPathFinder(p);
    await pickPathEnd(p, 'From', 'bukele', 'Nayib Bukele');
    await pickPathEnd(p, 'To', 'cbs', 'CBS News');
    await findPath(p, 6);
    await openTable(p);
    await saveArtifact(p, 'dark-theme');
    expect(seriousViolations(await auditAccessibility(p))).toEqual([]);

    await p.keyboard.press('?');
    await p.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(seriousViolations(await auditAccessibility(p))).toEqual([]);
  });
});
