import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { NEIGHBORHOOD_QUERY } from '@/app/lib/queries';
import type { NeighborhoodResult } from '@/app/lib/queries';
import { splitSentences } from '@/graph/text/sentences';
import {
  ROOT,
  canvasCounts,
  launchChromium,
  saveArtifact,
  waitForDrawnGraph,
  waitForSettledLayout,
} from './browser';
import { clearestEdgeOnScreen, nodesOnScreen, selectedIds, waitForStillCanvas } from './canvas';
import { canvasCommand } from './explorer-steps';

// Every sentence of every seed article: an evidence <mark> must be exactly one of them.
const documentsDir = path.join(ROOT, 'graph', 'data', 'documents');
const articleSentences = new Set(
  readdirSync(documentsDir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => splitSentences(readFileSync(path.join(documentsDir, f), 'utf8')).map((s) => s.text)),
);

// The sentences of the seed article the canvas tests read relations from.
const seedArticleSentences = new Set(
  splitSentences(readFileSync(path.join(documentsDir, 'cecot-bukele-clinton.txt'), 'utf8')).map(
    (s) => s.text,
  ),
);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openExplorer(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  page = await browser.newPage({ viewport });
  await page.goto(url);
  return page;
}

afterEach(async () => {
  await page?.close();
});

/** Types into the search box and picks the suggestion named `name` with the keyboard only. */
async function chooseWithKeyboard(p: Page, query: string, name: string): Promise<void> {
  const search = p.getByRole('combobox', { name: 'Search entities' });
  await search.fill(query);
  const option = p.getByRole('option', { name: new RegExp(name) });
  await option.waitFor();
  const options = await p.getByRole('option').allInnerTexts();
  const index = options.findIndex((text) => text.includes(name));
  for (let i = 0; i <= index; i++) await search.press('ArrowDown');
  await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
  await search.press('Enter');
}

/** Asks the API, as the explorer's Expand does, which entities are in `id`'s neighbourhood. */
async function neighbourhoodIds(baseUrl: string, id: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: NEIGHBORHOOD_QUERY, variables: { ids: [id], depth: 1 } }),
  });
  const body = (await response.json()) as { data?: NeighborhoodResult };
  if (!response.ok || body.data === undefined) {
    throw new Error(`neighborhood(${id}) failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.data.neighborhood.nodes.map((n) => n.id);
}

/** The entity count in the status line's text ("12 entities, 15 relations on canvas"). */
async function entitiesInStatusText(p: Page): Promise<number> {
  const text = await p.getByTestId('canvas-status').innerText();
  const match = /(\d+) entit(?:y|ies), \d+ relations? on canvas/.exec(text);
  return match === null ? Number.NaN : Number(match[1]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Clears the canvas, draws one entity and its neighbours through the search box, waits for stillness. */
async function drawAroundOneEntity(p: Page, query: string, name: string): Promise<void> {
  await waitForDrawnGraph(p);
  await canvasCommand(p, 'Clear canvas');
  await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(0);
  await p.getByTestId('canvas-cleared').waitFor();
  await chooseWithKeyboard(p, query, name);
  await waitForDrawnGraph(p);
  await expect.poll(() => p.getByTestId('details-title').innerText()).toBe(name);
  await p.getByRole('combobox', { name: 'Search entities' }).blur();
  await waitForStillCanvas(p);
}

describe('Explorer page', () => {
  it('draws the overview on first load, without typing', async () => {
    const p = await openExplorer(inject('baseUrl'));
    await waitForDrawnGraph(p);
    const counts = await canvasCounts(p);
    expect(counts.nodes).toBeGreaterThan(0);
    expect(counts.edges).toBeGreaterThan(0);
    await expect
      .poll(() => p.getByTestId('canvas-status').innerText())
      .toMatch(/\d+ entities, \d+ relations on canvas/);
    // Cytoscape drew into its canvas elements, and the legend lists the types it drew.
    expect(await p.locator('[data-testid="graph-canvas"] canvas').count()).toBeGreaterThan(0);
    expect(await p.getByTestId('legend').getByRole('listitem').count()).toBeGreaterThan(1);
    // Nothing overflows sideways on a 1280×800 laptop screen.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await saveArtifact(p, '1-overview');
  });

  it('suggests “Nayib Bukele” for “bukele” and lets the keyboard choose it, then shows its details', async () => {
    const p = await openExplorer(inject('baseUrl'));
    await waitForDrawnGraph(p);
    const search = p.getByRole('combobox', { name: 'Search entities' });
    await search.fill('bukele');
    const option = p.getByRole('option', { name: /Nayib Bukele/ });
    await option.waitFor();
    expect(await option.innerText()).toContain('Person');
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await saveArtifact(p, '2-suggestions');

    await search.press('ArrowDown');
    const activeId = await search.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await p.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');

    // Escape closes the list without choosing; ArrowDown opens it again, and Enter chooses the active option.
    await search.press('Escape');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    await search.press('ArrowDown');
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('Nayib Bukele');
    await p.getByTestId('relation-link').first().waitFor();
    await p.getByTestId('evidence-sentence').first().waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('false');
  });

  it('expands neighbours from the details panel, adding to the canvas rather than redrawing it', async () => {
    const p = await openExplorer(inject('baseUrl'));
    await waitForDrawnGraph(p);
    await canvasCommand(p, 'Clear canvas');
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(0);
    await p.getByTestId('canvas-cleared').waitFor();

    // Choosing an entity draws it with its neighbours.
    await chooseWithKeyboard(p, 'bukele', 'Nayib Bukele');
    await waitForDrawnGraph(p);
    const aroundBukele = await canvasCounts(p);
    expect(aroundBukele.nodes).toBeGreaterThan(1);

    // Expanding the same entity again adds nothing new but keeps everything.
    await p.getByTestId('expand-button').click();
    await expect
      .poll(() => p.getByTestId('canvas-status').innerText())
      .toContain('Nayib Bukele and its neighbours are all on the canvas');
    expect((await canvasCounts(p)).nodes).toBeGreaterThanOrEqual(aroundBukele.nodes);

    // Walk to a neighbour through the panel (relation → its other end) and expand it: the canvas grows.
    await p.getByTestId('relation-link').filter({ hasText: 'REPLIED_TO' }).click();
    await p
      .getByTestId('edge-details')
      .getByRole('button', { name: /Hillary Clinton/ })
      .click();
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('Hillary Clinton');
    await p.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBeGreaterThan(aroundBukele.nodes);
    await expect.poll(() => p.getByTestId('canvas-status').innerText()).toMatch(/Added \d+ entit/);
    await waitForSettledLayout(p);
    await saveArtifact(p, '3-expanded');
  });

  it('opens a relation from the panel and shows its evidence sentence highlighted in the article', async () => {
    const p = await openExplorer(inject('baseUrl'));
    await waitForDrawnGraph(p);
    await chooseWithKeyboard(p, 'bukele', 'Nayib Bukele');
    // Bukele said something to Clinton: the sentence sits in a paragraph with another one around it.
    await p
      .getByTestId('relation-link')
      .filter({ hasText: 'SAID' })
      .filter({ hasText: 'Hillary Clinton' })
      .click();

    const title = p.getByTestId('edge-title');
    await expect.poll(() => title.innerText()).toMatch(/Nayib Bukele\s*—SAID→\s*Hillary Clinton/);
    const mark = p.getByTestId('edge-details').getByTestId('evidence-sentence').first();
    await mark.waitFor();
    // The context has loaded when the article's title is shown under the quote.
    await p.getByTestId('edge-details').locator('.evidence-title').first().waitFor();

    const sentence = await mark.innerText();
    expect(await mark.evaluate((el) => el.tagName)).toBe('MARK');
    expect(articleSentences.has(sentence)).toBe(true);
    // The sentence is shown inside its paragraph, not alone.
    const quote = await p.getByTestId('edge-details').locator('blockquote').first().innerText();
    expect(quote.length).toBeGreaterThan(sentence.length);
    expect(quote).toContain(sentence);
    await saveArtifact(p, '4-relation-evidence');
  });

  it('says the graph store is unreachable, with a Retry button, when the store is down', async () => {
    const p = await openExplorer(inject('unavailableUrl'));
    const banner = p.getByTestId('status-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-code')).toBe('SERVICE_UNAVAILABLE');
    expect(await banner.innerText()).toContain('The graph store is unreachable');
    expect(await p.getByRole('alert').filter({ hasText: 'unreachable' }).count()).toBe(1);
    await p.getByTestId('canvas-failed').waitFor();
    await saveArtifact(p, '5-store-unreachable');

    // Retrying while the store is still down shows the same banner again instead of hanging.
    await banner.getByRole('button', { name: 'Retry' }).click();
    await banner.waitFor();
    await expect.poll(() => banner.getAttribute('data-code')).toBe('SERVICE_UNAVAILABLE');
  });

  it('at 1440×900, shows the seed graph with an entity selected and its evidence visible', async () => {
    const p = await openExplorer(inject('baseUrl'), { width: 1440, height: 900 });
    await waitForDrawnGraph(p);
    // CBS News: the newsroom at the centre of the pulled segment, whose mentions sit inside longer paragraphs.
    await chooseWithKeyboard(p, 'cbs news', 'CBS News');
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('CBS News');
    await p.getByTestId('node-details').locator('.evidence-title').first().waitFor();
    await p.getByRole('combobox', { name: 'Search entities' }).blur();
    await waitForSettledLayout(p);
    await saveArtifact(p, 'explorer');
  });

  it('expands a node’s neighbours when the mouse double-clicks it on the canvas', async () => {
    const baseUrl = inject('baseUrl');
    const p = await openExplorer(baseUrl);
    await drawAroundOneEntity(p, 'bukele', 'Nayib Bukele');
    const before = await canvasCounts(p);
    expect(await entitiesInStatusText(p)).toBe(before.nodes);

    // A node, clear of the others, whose neighbourhood (asked of the API) holds entities not drawn yet: only
    // a double-click that really expands it can add them. Nayib Bukele's own neighbours are all drawn.
    const drawn = await nodesOnScreen(p);
    const drawnIds = new Set(drawn.map((n) => n.id));
    const candidates: { node: (typeof drawn)[number]; added: number }[] = [];
    for (const node of drawn.filter((n) => n.inView && n.clearance > 6)) {
      const added = (await neighbourhoodIds(baseUrl, node.id)).filter((id) => !drawnIds.has(id)).length;
      if (added > 0) candidates.push({ node, added });
    }
    candidates.sort((a, b) => b.node.clearance - a.node.clearance);
    const target = candidates[0];
    if (target === undefined) throw new Error('No drawn node has neighbours that are not drawn yet');

    await p.mouse.dblclick(target.node.x, target.node.y);

    // The first click selected the node under the mouse; the double-click drew exactly its missing neighbours.
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe(target.node.name);
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(before.nodes + target.added);
    await expect.poll(() => entitiesInStatusText(p)).toBe(before.nodes + target.added);
    await expect
      .poll(() => p.getByTestId('canvas-status').innerText())
      .toMatch(
        new RegExp(`Added ${target.added} entit(y|ies)\\b.* around ${escapeRegExp(target.node.name)}`),
      );
    await waitForStillCanvas(p);
    await saveArtifact(p, '6-double-click-expanded');
  });

  it('opens a relation’s details and evidence when the mouse clicks its edge on the canvas', async () => {
    const p = await openExplorer(inject('baseUrl'));
    await drawAroundOneEntity(p, 'bukele', 'Nayib Bukele');

    // The edge whose midpoint is farthest from every node and every other edge, so the click hits only it.
    const edge = await clearestEdgeOnScreen(p);
    if (edge === undefined) throw new Error('No edge midpoint is inside the canvas');
    expect(edge.clearance).toBeGreaterThan(8);

    await p.mouse.click(edge.x, edge.y);

    // A click that missed the edge opens no edge details at all: fail fast rather than on a 30 s default.
    const title = p.getByTestId('edge-title');
    await title.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => title.innerText())
      .toMatch(
        new RegExp(
          `^${escapeRegExp(edge.source)}\\s*—${escapeRegExp(edge.type)}→\\s*${escapeRegExp(edge.target)}$`,
        ),
      );
    expect(await selectedIds(p)).toEqual([edge.id]);

    const details = p.getByTestId('edge-details');
    const marks = details.getByTestId('evidence-sentence');
    await marks.first().waitFor();
    await details.locator('.evidence-title').first().waitFor();
    const count = await marks.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i);
      expect(await mark.evaluate((el) => el.tagName)).toBe('MARK');
      expect(seedArticleSentences.has(await mark.innerText())).toBe(true);
    }
    await saveArtifact(p, '7-edge-clicked');
  });
});
