import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditAccessibility, seriousViolations } from './accessibility';
import { launchChromium, saveArtifact, waitForDrawnGraph } from './browser';

/**
 * The light/dark theme as the page applies it: the root layout's inline script (carrying the request's
 * CSP nonce) puts the saved choice, or else the system's, on <html data-theme> while the document is
 * still being parsed, so the first paint is already in the right theme; and the dark theme passes the
 * same accessibility audit as the light one.
 */

const THEME_KEY = 'newsgraph:theme';

let browser: Browser;
let page: Page;
let consoleProblems: string[];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.context().close();
});

/** Opens `path` in a fresh context, with `saved` in localStorage before any of the page's scripts run. */
async function openWithTheme(path: string, saved: string | null, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  page = await context.newPage();
  consoleProblems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleProblems.push(message.text());
  });
  await page.addInitScript(
    ([key, value]) => {
      if (value !== null) window.localStorage.setItem(key, value);
      // What <html> says once the document is parsed: set by the inline script, never by React.
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { themeAtParse?: string }).themeAtParse =
          document.documentElement.dataset.theme;
      });
    },
    [THEME_KEY, saved] as const,
  );
  await page.goto(`${inject('baseUrl')}${path}`);
  return page;
}

function themeAtParse(p: Page): Promise<string | undefined> {
  return p.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse);
}

describe('theme', () => {
  it('applies a saved dark theme while the page is parsed, with no CSP complaint', async () => {
    const p = await openWithTheme('/', 'dark');
    await waitForDrawnGraph(p);
    expect(await themeAtParse(p)).toBe('dark');
    expect(await p.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    // The dark tokens are in force: the page background is the dark sunken surface.
    expect(await p.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
    expect(consoleProblems.filter((m) => /Content Security Policy|script-src/i.test(m))).toEqual([]);
  });

  it('follows the system theme when nothing is saved', async () => {
    const dark = await openWithTheme('/', null, { colorScheme: 'dark' });
    expect(await themeAtParse(dark)).toBe('dark');
    await dark.context().close();
    const light = await openWithTheme('/', null, { colorScheme: 'light' });
    expect(await themeAtParse(light)).toBe('light');
  });

  it('prefers the saved choice over the system theme, and ignores a value it does not know', async () => {
    const saved = await openWithTheme('/', 'light', { colorScheme: 'dark' });
    expect(await themeAtParse(saved)).toBe('light');
    await saved.context().close();
    const bogus = await openWithTheme('/', 'purple', { colorScheme: 'dark' });
    expect(await themeAtParse(bogus)).toBe('dark');
  });

  it('puts the inline script under the same nonce as the page’s Content-Security-Policy', async () => {
    const response = await fetch(`${inject('baseUrl')}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    const html = await response.text();
    const script = /<script nonce="([^"]+)">([^<]*newsgraph:theme[^<]*)<\/script>/.exec(html);
    expect(script?.[1]).toBe(nonce);
  });

  it.each(['/', '/documents/cecot-bukele-clinton'])(
    'has no serious or critical accessibility violation on %s in the dark theme',
    async (path) => {
      const p = await openWithTheme(path, 'dark');
      if (path === '/') await waitForDrawnGraph(p);
      else await p.getByRole('heading', { level: 1 }).waitFor();
      expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await saveArtifact(p, `theme-dark${path.replaceAll('/', '-')}`);
      expect(seriousViolations(await auditAccessibility(p))).toEqual([]);
    },
  );
});
