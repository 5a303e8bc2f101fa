import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentHref } from '@/app/lib/document-link';
import { ROOT, launchChromium, waitForDrawnGraph, waitForSettledLayout } from './browser';
import { seedArticles } from './documents-seed';
import { chooseFromSearch, clearCanvas, settled } from './explorer-steps';
import { pickPathEnd } from './panels';

/**
 * The README's pictures, drawn again from the real app: `npm run pictures` (it builds first) runs this
 * file over the e2e tier's freshly seeded store, with Chromium at 1440×900, and writes each picture to
 * docs/screenshots/<name>.png. Each scene checks it shows what the README says it shows before it is
 * saved, so a changed page fails here instead of putting a wrong picture in the README.
 */

const VIEWPORT = { width: 1440, height: 900 };
const OUT = path.join(ROOT, 'docs', 'screenshots');

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  await mkdir(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A fresh browser profile (settings, theme and picture options at their defaults) on `pathname`. */
async function open(pathname = '/', options: { acceptDownloads?: boolean } = {}): Promise<Page> {
  context = await browser.newContext({ viewport: VIEWPORT, ...options });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}${pathname}`);
  return page;
}

async function picture(page: Page, name: string): Promise<void> {
  // The caret blinks and hover states linger: a picture is taken with the mouse out of the way.
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

async function findPath(page: Page, from: [string, string], to: [string, string]): Promise<void> {
  await page.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Find path' }).click();
  const finder = page.getByRole('region', { name: 'Path finder' });
  await pickPathEnd(page, 'From', ...from);
  await pickPathEnd(page, 'To', ...to);
  await finder.getByRole('button', { name: 'Find path' }).click();
  await expect.poll(() => finder.getByTestId('path-status').innerText()).toMatch(/^\d+ hops?:/);
}

async function openTable(page: Page): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Canvas' })
    .getByRole('button', { name: 'Table', exact: true })
    .click();
  await page.getByRole('table', { name: /Entities on the canvas/ }).waitFor();
}

describe('the README’s pictures', () => {
  it('explorer: the seed graph with CBS News selected and its sentences in the article', async () => {
    const page = await open();
    await waitForDrawnGraph(page);
    await chooseFromSearch(page, 'cbs news', 'CBS News');
    await page.getByTestId('node-details').getByTestId('evidence-sentence').first().waitFor();
    await settled(page);
    await picture(page, 'explorer');
  });

  it('path-finder: the shortest path from Nayib Bukele to CBS News with its hops', async () => {
    const page = await open();
    await waitForDrawnGraph(page);
    await findPath(page, ['bukele', 'Nayib Bukele'], ['cbs', 'CBS News']);
    await settled(page);
    await picture(page, 'path-finder');
  });

  it('capped-expansion: two neighbours drawn, the rest offered by relation type', async () => {
    const page = await open();
    await waitForDrawnGraph(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('spinbutton', { name: 'Neighbours per expansion' }).fill('2');
    await page.keyboard.press('Escape');
    await clearCanvas(page);
    await chooseFromSearch(page, '60 minutes segment', '60 Minutes segment on CECOT');
    await page.getByTestId('expansion-more').waitFor();
    await page.getByTestId('node-details').getByTestId('evidence-sentence').first().waitFor();
    await settled(page);
    await picture(page, 'capped-expansion');
  });

  it('table-view: the table of what is drawn, people filtered out by the legend', async () => {
    const page = await open();
    await waitForDrawnGraph(page);
    await openTable(page);
    await page.locator('[data-testid="entity-type-toggle"][data-type="Person"]').click();
    await expect
      .poll(() =>
        page.locator('[data-testid="entity-type-toggle"][data-type="Person"]').getAttribute('aria-pressed'),
      )
      .toBe('false');
    await waitForSettledLayout(page);
    await picture(page, 'table-view');
  });

  it('dark-theme: the path and the table in the dark theme', async () => {
    const page = await open();
    await waitForDrawnGraph(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await findPath(page, ['bukele', 'Nayib Bukele'], ['cbs', 'CBS News']);
    await openTable(page);
    await settled(page);
    await picture(page, 'dark-theme');
  });

  it('document-view: the seed article with its evidence marked and one sentence targeted', async () => {
    const [article] = seedArticles();
    const span = article?.spans[Math.floor(article.spans.length / 2)];
    if (article === undefined || span === undefined) throw new Error('the seed has no article with evidence');
    const page = await open(documentHref(article.id, span));
    await expect
      .poll(() => page.evaluate(() => document.querySelector(':target')?.textContent))
      .toBe(span.sentence);
    await picture(page, 'document-view');
  });

  it('console: an example query, its answer and the Draw result button', async () => {
    const page = await open('/query');
    await page.getByRole('button', { name: /^Hillary Clinton to CECOT/ }).click();
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await expect.poll(() => page.locator('.graphiql-response').innerText()).toContain('"data"');
    await page.getByText(/^Draw result: \d+ entit/).waitFor();
    await picture(page, 'console');
  });

  it('export-dialog and picture-export: a framed PNG of CECOT’s neighbourhood, and the file it makes', async () => {
    const page = await open('/', { acceptDownloads: true });
    await waitForDrawnGraph(page);
    await clearCanvas(page);
    await chooseFromSearch(page, 'cecot', 'CECOT');
    // A picture for an article shows the graph, not the reader's selection.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await settled(page);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /^PNG/ }).check();
    await dialog.getByText('1×', { exact: true }).click();
    await dialog
      .getByRole('textbox', { name: /^Title/ })
      .fill('CECOT: who said what about El Salvador’s mega-prison');
    await dialog.getByRole('checkbox', { name: /^Legend/ }).check();
    await dialog.getByRole('checkbox', { name: /^Source line/ }).check();
    await picture(page, 'export-dialog');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const file = await download.path();
    await writeFile(path.join(OUT, 'picture-export.png'), await readFile(file));
  });
});
