import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { canvasCounts, launchChromium, saveArtifact, waitForDrawnGraph } from './browser';
import { nodesOnScreen, waitForStillCanvas } from './canvas';
import { runExample, waitForSchema } from './console-steps';
import { chooseFromSearch, clearCanvas, settled, shareLink } from './explorer-steps';
import { evidenceFieldsOf } from '@/app/lib/testing/evidence-fields';
import { graphqlRequests, relationsAmong } from './graphql-requests';
import type { SentRequest } from './graphql-requests';
import { openPathFinder, pickPathEnd } from './panels';

/**
 * The canvas is faithful (issue 14) and lean (issue 13), in a real browser: whatever adds entities
 * (search, expansion, a path, a console result, a link) draws every relation among the entities on the
 * canvas; a copied link reopens exactly the same picture in a fresh browser; a link with ids the graph no
 * longer holds draws the rest and says so; the view is fitted after each drawing; Undo has nothing to undo
 * on arrival; and the canvas's requests carry no evidence while the details panel's do.
 */

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

/** A page in a browser context of its own (no storage shared with any other page). */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

async function open(url: string): Promise<Page> {
  const p = await freshPage();
  await p.goto(url);
  await waitForDrawnGraph(p);
  await waitForStillCanvas(p);
  return p;
}

/** What Cytoscape holds: entity and relation ids, the selection and the path marks. */
function drawn(p: Page) {
  return p.evaluate(() => {
    const cy = window.__newsgraphCy;
    if (cy === undefined) throw new Error('window.__newsgraphCy is not set');
    const ids = (c: { map: (f: (e: { id(): string }) => string) => string[] }) => c.map((e) => e.id()).sort();
    return {
      nodes: ids(cy.nodes()),
      edges: ids(cy.edges()),
      selected: ids(cy.$(':selected')),
      path: ids(cy.elements('.path')),
    };
  });
}

/** Every drawn relation among the drawn entities is drawn: the API knows no relation among them we lack. */
async function expectEveryRelationAmongDrawn(p: Page): Promise<void> {
  const { nodes, edges } = await drawn(p);
  expect(edges).toEqual(await relationsAmong(nodes));
}

/** Everything a reader would call "the same picture". */
async function pictureOf(p: Page) {
  const toggles = await p
    .getByTestId('legend')
    .locator('[aria-pressed]')
    .evaluateAll((buttons) =>
      buttons.map((b) => `${b.getAttribute('data-type')}:${b.getAttribute('aria-pressed')}`).sort(),
    );
  const hops = await p
    .locator('.path-hop')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
  return { ...(await drawn(p)), toggles, hops };
}

/**
 * Copies the link to what `p` shows, opens it in a fresh browser context and expects the same picture.
 * The picture is read first: closing the link's popover with Escape also clears the selection.
 */
async function expectSamePictureFromLink(p: Page): Promise<Page> {
  const original = await pictureOf(p);
  const copy = await open(await shareLink(p));
  if (original.hops.length > 0) await copy.locator('.path-hop').first().waitFor();
  await expect.poll(() => pictureOf(copy)).toEqual(original);
  return copy;
}

/** How much of the canvas the drawing fills (the larger of width and height ratios of its bounding box). */
function fill(p: Page): Promise<number> {
  return p.evaluate(() => {
    const cy = window.__newsgraphCy;
    const container = cy?.container();
    if (cy === undefined || container === null || container === undefined) return 0;
    // At the greatest zoom the canvas allows, a drawing this small is as fitted as it can be.
    if (cy.zoom() >= cy.maxZoom() - 0.01) return 1;
    const box = cy.elements().renderedBoundingBox();
    return Math.max(box.w / container.clientWidth, box.h / container.clientHeight);
  });
}

async function expectFitted(p: Page): Promise<void> {
  await waitForStillCanvas(p);
  const nodes = await nodesOnScreen(p);
  expect(nodes.filter((n) => !n.inView).map((n) => n.id)).toEqual([]);
  // Fitted: the drawing spans most of the canvas one way or the other, or is at the greatest zoom.
  expect(await fill(p)).toBeGreaterThan(0.6);
}

/** Finds and draws the path between two entities with the path finder. */
async function drawPath(p: Page, from: [string, string], to: [string, string]): Promise<void> {
  await openPathFinder(p);
  await pickPathEnd(p, 'From', ...from);
  await pickPathEnd(p, 'To', ...to);
  const finder = p.getByRole('region', { name: 'Path finder' });
  await finder.getByRole('button', { name: 'Find path' }).click();
  await expect.poll(() => finder.getByTestId('path-status').innerText()).toMatch(/hops?:/);
  await expect.poll(async () => (await drawn(p)).path.length).toBeGreaterThan(0);
  await settled(p);
}

/** Runs a console example and draws its result on the explorer. */
async function drawFromConsole(p: Page, title: string): Promise<void> {
  await p.goto(`${inject('baseUrl')}/query`);
  await waitForSchema(p);
  await runExample(p, title);
  await Promise.all([
    p.waitForURL((url) => url.pathname === '/'),
    p.getByRole('button', { name: 'Draw result' }).click(),
  ]);
  await waitForDrawnGraph(p);
  await waitForStillCanvas(p);
}

/** An entity with three neighbours: one expansion draws them all. */
const VENEZUELAN_MEN = 'More than 100 deported Venezuelan men';

const undoButton = (p: Page) =>
  p.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Undo' });

describe('a faithful canvas', () => {
  it('draws every relation among the entities on the canvas after a search and an expansion (seen 1)', async () => {
    const p = await open(inject('baseUrl'));
    await clearCanvas(p);
    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await chooseFromSearch(p, 'hillary', 'Hillary Clinton');
    await settled(p);
    const { nodes, edges } = await drawn(p);
    expect(nodes).toEqual(expect.arrayContaining(['cecot', 'el-salvador']));
    expect(edges).toContain('cecot-located-in-el-salvador');
    await expectEveryRelationAmongDrawn(p);
    await expectSamePictureFromLink(p);
  });

  it('draws every relation among a console result’s entities, as its link does (seen 1)', async () => {
    const p = await freshPage();
    await drawFromConsole(p, 'Who criticised CECOT');
    await expectEveryRelationAmongDrawn(p);
    await expectSamePictureFromLink(p);
  });

  it('writes no stale positions after Clear canvas, and fits the reopened view (seen 2)', async () => {
    const p = await open(inject('baseUrl'));
    const overview = (await drawn(p)).nodes;
    await clearCanvas(p);
    await chooseFromSearch(p, 'venezuelan', VENEZUELAN_MEN);
    await settled(p);
    const now = (await drawn(p)).nodes;
    expect(now.length).toBeLessThan(overview.length);
    const link = await shareLink(p, true);
    const positioned = (new URL(link).searchParams.get('pos') ?? '')
      .split(',')
      .map((item) => item.split(':')[0]);
    expect(positioned.sort()).toEqual(now);
    const copy = await open(link);
    await expectFitted(copy);
  });

  it('carries the drawn path and its list of hops in a link (seen 2)', async () => {
    const p = await open(inject('baseUrl'));
    await clearCanvas(p);
    await drawPath(p, ['bukele', 'Nayib Bukele'], ['cbs', 'CBS News']);
    const copy = await expectSamePictureFromLink(p);
    expect((await drawn(copy)).path.length).toBeGreaterThan(2);
    await saveArtifact(copy, 'faithful-path-from-link');
  });

  it('draws what a link names that still exists and says what is gone (seen 3)', async () => {
    const p = await open(`${inject('baseUrl')}/?e=cecot,hillary-clinton,was-deleted`);
    expect((await drawn(p)).nodes).toEqual(['cecot', 'hillary-clinton']);
    await expectEveryRelationAmongDrawn(p);
    await expect
      .poll(() => p.getByTestId('canvas-status').innerText())
      .toContain('1 entity in this link is no longer in the graph');
    // Said in the status line, not as a failure with a Retry that cannot succeed.
    expect(await p.getByTestId('status-banner').count()).toBe(0);
  });

  it('says so when a link cannot be read, instead of silently showing the overview (seen 3)', async () => {
    const p = await open(`${inject('baseUrl')}/?e=%25%25%25`);
    await expect
      .poll(() => p.getByTestId('canvas-status').innerText())
      .toContain('This link names no entity that can be read');
  });

  it('has nothing to undo on a first visit or after opening a link, and no step for an empty expansion (seen 5)', async () => {
    const p = await open(inject('baseUrl'));
    expect(await undoButton(p).isDisabled()).toBe(true);
    const link = await open(`${inject('baseUrl')}/?e=cecot,el-salvador`);
    expect(await undoButton(link).isDisabled()).toBe(true);

    await clearCanvas(p);
    // Three relations: one expansion draws every neighbour, so a second adds nothing.
    await chooseFromSearch(p, 'venezuelan', VENEZUELAN_MEN);
    await settled(p);
    const afterFirst = await drawn(p);
    await p
      .getByTestId('node-details')
      .getByRole('button', { name: /^Expand/ })
      .click();
    await expect
      .poll(() => p.getByTestId('canvas-status').innerText())
      .toContain('its neighbours are all on the canvas');
    expect((await drawn(p)).nodes).toEqual(afterFirst.nodes);
    // One Undo goes back past the expansion to the empty canvas: the empty expansion left no step.
    await undoButton(p).click();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(0);
  });

  it('fits a small drawing after Clear canvas and a search, and after a path (seen 7)', async () => {
    const p = await open(inject('baseUrl'));
    await clearCanvas(p);
    await chooseFromSearch(p, 'venezuelan', VENEZUELAN_MEN);
    await settled(p);
    await expectFitted(p);
    await clearCanvas(p);
    await drawPath(p, ['clinton', 'Hillary Clinton'], ['cecot', 'CECOT']);
    await expectFitted(p);
  });
});

describe('the round trip of a link', () => {
  it('reopens, in a fresh browser, exactly what search, expansion, a path, a console result and a link drew', async () => {
    const base = inject('baseUrl');
    // Search, then an expansion, a filter and a selection.
    const p = await open(base);
    await clearCanvas(p);
    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await p
      .getByTestId('node-details')
      .getByRole('button', { name: /^Expand/ })
      .click();
    await settled(p);
    await chooseFromSearch(p, 'cecot', 'CECOT');
    await settled(p);
    await p.locator('[data-testid="entity-type-toggle"][data-type="Country"]').click();
    await expectEveryRelationAmongDrawn(p);
    await expectSamePictureFromLink(p);

    // A path added to that view.
    await drawPath(p, ['clinton', 'Hillary Clinton'], ['60 min', '60 Minutes']);
    await expectEveryRelationAmongDrawn(p);
    await expectSamePictureFromLink(p);

    // A console result, then an expansion of one of its entities.
    const fromConsole = await freshPage();
    await drawFromConsole(fromConsole, 'Hillary Clinton to CECOT');
    await chooseFromSearch(fromConsole, 'el salvador', 'El Salvador');
    await settled(fromConsole);
    await expectEveryRelationAmongDrawn(fromConsole);
    await expectSamePictureFromLink(fromConsole);

    // A link from another page, grown by a search.
    const fromLink = await open(`${base}/?e=cbs-news,bari-weiss&sel=cbs-news`);
    await chooseFromSearch(fromLink, 'venezuelan', VENEZUELAN_MEN);
    await settled(fromLink);
    await expectEveryRelationAmongDrawn(fromLink);
    await expectSamePictureFromLink(fromLink);
  });
});

describe('lean requests for the canvas (issue 13)', () => {
  it('asks for no evidence to draw, and for every sentence when a person opens an entity or a relation', async () => {
    const p = await freshPage();
    const sent = graphqlRequests(p);
    await p.goto(inject('baseUrl'));
    await waitForDrawnGraph(p);
    await clearCanvas(p);
    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await drawPath(p, ['clinton', 'Hillary Clinton'], ['cecot', 'CECOT']);
    await p.locator('.path-hop-relation').first().click();
    await p.getByTestId('edge-details').getByTestId('evidence-sentence').first().waitFor();
    await p.goto(`${inject('baseUrl')}/?e=cecot,el-salvador`);
    await waitForDrawnGraph(p);

    const byOperation = (names: readonly string[]): SentRequest[] =>
      sent.filter((r) => names.includes(r.operation));
    const canvas = byOperation(['Overview', 'Expand', 'CanvasSubgraph', 'ShortestPath']);
    const details = byOperation(['Entity', 'RelationEvidence']);
    expect(new Set(canvas.map((r) => r.operation))).toEqual(
      new Set(['Overview', 'Expand', 'CanvasSubgraph', 'ShortestPath']),
    );
    for (const request of canvas) expect(evidenceFieldsOf(request.query), request.operation).toEqual([]);
    expect(new Set(details.map((r) => r.operation))).toEqual(new Set(['Entity', 'RelationEvidence']));
    for (const request of details) {
      expect(evidenceFieldsOf(request.query).length, request.operation).toBeGreaterThan(0);
    }
  });
});
