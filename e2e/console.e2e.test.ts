import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONSOLE_EXAMPLES } from '@/app/query/console-examples';
import { auditAccessibility, seriousViolations } from './accessibility';
import { launchChromium, saveArtifact, saveReadmeScreenshot, waitForDrawnGraph } from './browser';
import { exampleNamed, runExample, typeQuery, waitForSchema } from './console-steps';
import { relationsAmong } from './graphql-requests';

/**
 * The GraphQL console (/query) in a real browser: it loads everything from our own origin (GraphiQL, Monaco
 * and Monaco's web workers, with no CSP violation), completes fields and documents the schema from
 * introspection, runs the examples, draws a result on the explorer, and passes an axe audit.
 */

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** What a page did while a test drove it: every URL it requested, and what went wrong. */
interface PageLog {
  requests: string[];
  cspViolations: string[];
  pageErrors: string[];
}

/**
 * Opens the console in a fresh browser context that records every request, its workers' included;
 * `savedTheme` is put where the explorer's theme toggle saves the reader's choice.
 */
async function openConsole(savedTheme?: 'light' | 'dark'): Promise<{ page: Page; log: PageLog }> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (savedTheme !== undefined) {
    await context.addInitScript((theme) => window.localStorage.setItem('newsgraph:theme', theme), savedTheme);
  }
  const log: PageLog = { requests: [], cspViolations: [], pageErrors: [] };
  context.on('request', (request) => log.requests.push(request.url()));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) log.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  await page.goto(`${inject('baseUrl')}/query`);
  await waitForSchema(page);
  return { page, log };
}

/** The answer of an example, asked of the API directly: what the console should show and draw. */
async function answerOf<T>(title: string): Promise<T> {
  const response = await fetch(`${inject('baseUrl')}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: exampleNamed(title).query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.data === undefined || body.errors !== undefined) {
    throw new Error(`${title} failed: ${JSON.stringify(body)}`);
  }
  return body.data;
}

/** The ids of the entities and relations the explorer's canvas holds. */
function drawnIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = window.__newsgraphCy;
    if (cy === undefined) throw new Error('window.__newsgraphCy is not set: is the canvas mounted?');
    return {
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges()
        .map((e) => e.id())
        .sort(),
    };
  });
}

describe('the GraphQL console', () => {
  it('loads everything from our own origin, workers included, with no CSP violation', async () => {
    const { page, log } = await openConsole();
    // Ask for a completion so that Monaco's GraphQL worker certainly runs.
    await typeQuery(page, '{ sta');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget').getByText('stats').first().waitFor();

    const origin = new URL(inject('baseUrl')).origin;
    // data: URLs (GraphiQL's inlined fonts) are decoded in the page and never leave it.
    const elsewhere = log.requests.filter(
      (url) => !url.startsWith('data:') && new URL(url).origin !== origin,
    );
    expect(elsewhere).toEqual([]);
    expect(log.requests.some((url) => url.includes('/api/graphql'))).toBe(true);
    const workers = page.workers().map((worker) => worker.url());
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((url) => new URL(url).origin === origin)).toBe(true);
    expect(log.cspViolations).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('completes fields from the schema as the reader types', async () => {
    const { page } = await openConsole();
    await typeQuery(page, '{ entity(id: "cecot") { na');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget');
    await suggestions.getByText('name', { exact: true }).first().waitFor();
    // Fields of Entity, not of Query: the completion knows where the cursor is in the schema.
    expect(await suggestions.getByText('neighborhood').count()).toBe(0);
  });

  it('documents the schema: the Docs panel shows Query and its fields', async () => {
    const { page } = await openConsole();
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Query', exact: true }).click();
    await docs.getByText('shortestPath', { exact: true }).first().waitFor();
    await saveArtifact(page, 'console-docs');
  });

  it('lists the examples, and runs one to show its answer', async () => {
    const { page } = await openConsole();
    for (const example of CONSOLE_EXAMPLES) {
      await expect
        .poll(() => page.getByRole('button', { name: new RegExp(`^${example.title}`) }).count())
        .toBe(1);
    }
    await runExample(page, 'Statistics');
    const stats = (await answerOf<{ stats: { entityCount: number } }>('Statistics')).stats;
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText()).toContain('"entityCount"');
    expect(await response.innerText()).toContain(String(stats.entityCount));
    // Counts are no graph: the button stays off and the line under the answer says why.
    expect(await page.getByRole('button', { name: 'Draw result' }).isDisabled()).toBe(true);
    await page.getByText('The result holds no entities or relations to draw').waitFor();
  });

  it('draws a path from the console on the explorer: its entities and every relation among them', async () => {
    const { page } = await openConsole();
    await runExample(page, 'Hillary Clinton to CECOT');
    const path = (
      await answerOf<{ shortestPath: { nodes: { id: string }[]; edges: { id: string }[] } }>(
        'Hillary Clinton to CECOT',
      )
    ).shortestPath;
    await page.getByText(/^Draw result: \d+ entit/).waitFor();
    await saveReadmeScreenshot(page, 'console');

    const draw = page.getByRole('button', { name: 'Draw result' });
    expect(await draw.isEnabled()).toBe(true);
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), draw.click()]);
    await waitForDrawnGraph(page);
    const drawn = await drawnIds(page);
    expect(drawn.nodes).toEqual(path.nodes.map((n) => n.id).sort());
    // The canvas is faithful: the path's relations and any other relation between two of its entities.
    expect(drawn.edges).toEqual(expect.arrayContaining(path.edges.map((e) => e.id)));
    expect(drawn.edges).toEqual(await relationsAmong(drawn.nodes));
    await saveArtifact(page, 'console-drawn-path');
  });

  it('draws a search result (entities only) through an explorer link', async () => {
    const { page } = await openConsole();
    await runExample(page, 'Search');
    const found = (await answerOf<{ search: { id: string }[] }>('Search')).search.map((e) => e.id);
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('e') !== null),
      page.getByRole('button', { name: 'Draw result' }).click(),
    ]);
    await waitForDrawnGraph(page);
    expect((await drawnIds(page)).nodes).toEqual([...found].sort());
  });

  it('links back to the explorer', async () => {
    const { page } = await openConsole();
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/'),
      page.getByRole('link', { name: 'Back to the explorer' }).click(),
    ]);
  });

  it('wears the theme the reader chose in the explorer', async () => {
    const { page } = await openConsole('dark');
    await expect.poll(() => page.evaluate(() => document.body.className)).toContain('graphiql-dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await saveArtifact(page, 'console-dark');
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical accessibility violations but GraphiQL’s own tabs (%s theme)',
    async (theme) => {
      const { page } = await openConsole(theme);
      await runExample(page, 'Around 60 Minutes');
      await assertOnlyGraphiQLTabViolations(page);
    },
  );
});

/**
 * Audits the page with axe. GraphiQL 5's tabs are `<li role="tab">` elements holding the tab's button and
 * its close button: "nested-interactive" (serious), and a screen reader treats a tab's children as
 * presentational. That is GraphiQL's markup (@graphiql/react's Tab), not ours, and we cannot fix it
 * without rewriting its DOM. It is listed here, not silenced: any other serious or critical violation
 * fails the test, and so does this one disappearing (then the exception should go).
 */
async function assertOnlyGraphiQLTabViolations(page: Page): Promise<void> {
  const serious = seriousViolations(await auditAccessibility(page));
  const graphiqlTabs = serious.filter(
    (v) => v.id === 'nested-interactive' && v.targets.every((target) => target.includes('.graphiql-tab')),
  );
  expect(serious.filter((v) => !graphiqlTabs.includes(v))).toEqual([]);
  expect(graphiqlTabs.length, 'GraphiQL’s tabs pass now: remove this exception').toBe(1);
}
