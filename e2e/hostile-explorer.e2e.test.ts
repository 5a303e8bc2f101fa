import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { explorerHref } from '@/app/lib/explorer-link';
import { launchChromium, waitForDrawnGraph } from './browser';
import { HOSTILE, hostileBundle, importBundle } from './documents-seed';

/**
 * Data is not trusted: a name, a statement or a sentence imported from anywhere may hold markup and
 * script. The explorer must show it as the text it is in every view that shows it (the details panel, the
 * edge details, the search suggestions, the table view) and run none of it. The bundle
 * (shared with the document view's test) goes in through the writable server's `/api/import`.
 */

let browser: Browser;
let context: BrowserContext | undefined;
const RADIO_TAG = 'e2e-radio-tag';

beforeAll(async () => {
  browser = await launchChromium();
  await importBundle(inject('writableUrl'), hostileBundle());
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A page that records every dialog (an `alert` the data managed to run) and dismisses it. */
async function open(dialogs: string[]): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return page;
}

/** Nothing the data held became an element of the app or ran. */
async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  const app = page.locator('.app');
  expect(await app.locator('img, script, iframe, b, i').count()).toBe(0);
  expect(await app.locator('[onerror], [onmouseover]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

describe('hostile text in the explorer', () => {
  it('shows a name, a statement and a sentence holding markup as plain text in the details', async () => {
    const dialogs: string[] = [];
    const page = await open(dialogs);
    const href = explorerHref({ entities: [HOSTILE.entityId, RADIO_TAG], selected: [HOSTILE.entityId] });
    await page.goto(`${inject('writableUrl')}${href}`);
    await waitForDrawnGraph(page);

    await expect.poll(() => page.getByTestId('details-title').innerText()).toBe(HOSTILE.name);
    const mentions = page.locator('.details-section', { hasText: 'Mentioned in' });
    await expect.poll(() => mentions.innerText()).toContain('<b onmouseover="alert(3)">hello</b>');

    // The relation, picked in the panel: its statement is `<i>hello</i>` as written.
    await page.getByRole('button', { name: /SAID/ }).first().click();
    await expect.poll(() => page.getByTestId('edge-statement').innerText()).toBe('<i>hello</i>');
    await expectNothingRan(page, dialogs);
  });

  it('shows it as plain text in the search suggestions and the table view', async () => {
    const dialogs: string[] = [];
    const page = await open(dialogs);
    await page.goto(`${inject('writableUrl')}${explorerHref({ entities: [HOSTILE.entityId, RADIO_TAG] })}`);
    await waitForDrawnGraph(page);

    await page.getByRole('combobox', { name: 'Search entities' }).fill('Mr Tag');
    const option = page.getByRole('option').first();
    await expect.poll(() => option.innerText()).toContain(HOSTILE.name);
    await page.keyboard.press('Escape');

    await page
      .getByRole('toolbar', { name: 'Canvas' })
      .getByRole('button', { name: 'Table', exact: true })
      .click();
    const row = page.getByTestId('entity-table').locator(`tr[data-id="${HOSTILE.entityId}"]`);
    await expect.poll(() => row.innerText()).toContain(HOSTILE.name);
    const relations = page.getByTestId('relation-table');
    await expect.poll(() => relations.innerText()).toContain('<i>hello</i>');
    await expectNothingRan(page, dialogs);
  });
});
