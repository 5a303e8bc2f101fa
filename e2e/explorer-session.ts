import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium, waitForDrawnGraph } from './browser';

/**
 * The usual frame of an explorer test file: one Chromium for the file, a fresh page per test (closed after
 * it), and `openExplorer()` for the explorer over the seeded store with its first graph drawn. Call it at
 * the top level of a test file: it registers the file's hooks.
 */
export function explorerSession(): {
  openExplorer(options?: { acceptDownloads?: boolean }): Promise<Page>;
  browser(): Browser;
} {
  let browser: Browser | undefined;
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
  const started = (): Browser => {
    if (browser === undefined) throw new Error('explorerSession: the browser starts in beforeAll');
    return browser;
  };
  return {
    browser: started,
    async openExplorer(options = {}) {
      page = await started().newPage({ viewport: { width: 1280, height: 800 }, ...options });
      await page.goto(inject('baseUrl'));
      await waitForDrawnGraph(page);
      return page;
    },
  };
}
