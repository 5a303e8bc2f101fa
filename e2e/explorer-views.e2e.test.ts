import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditAccessibility, seriousViolations } from './accessibility';
import { canvasCounts, launchChromium, saveArtifact, waitForDrawnGraph } from './browser';
import { waitForStillCanvas } from './canvas';
import {
  chooseFromSearch,
  clearCanvas,
  drawnEntityIds,
  entityTypeToggles,
  modelPositions,
  selectedCount,
  settled,
  shareLink,
} from './explorer-steps';

let browser: Browser;
const pages: Page[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
});

async function open(url: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const p = await browser.newPage({ viewport });
  pages.push(p);
  await p.goto(url);
  await waitForDrawnGraph(p);
  return p;
}

/** Everything a reader would call "the same picture", read from the DOM (and the drawn ids). */
async function pictureOf(p: Page) {
  return {
    entities: await drawnEntityIds(p),
    counts: await canvasCounts(p),
    types: [...(await entityTypeToggles(p))].map(([type, { shown }]) => `${type}:${shown}`).sort(),
    selected: await selectedCount(p),
    title: await p.getByTestId('details-title').innerText(),
    layout: await p.getByTestId('layout-select').inputValue(),
    hidden: await p
      .getByRole('toolbar', { name: 'Canvas' })
      .getByRole('button', { name: /^More/ })
      .innerText(),
  };
}

describe('Explorer views', () => {
  it('reopens a copied link as the same picture: entities, filters, hidden and pinned ones, selection, layout', async () => {
    const p = await open(inject('baseUrl'));
    await clearCanvas(p);
    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await chooseFromSearch(p, 'hillary', 'Hillary Clinton');
    await settled(p);
    await p.locator('[data-testid="entity-type-toggle"][data-type="Country"]').click();
    await p.getByTestId('layout-select').selectOption('circle');
    await waitForStillCanvas(p);
    // Pin Hillary Clinton (selected by the search), hide Nayib Bukele through his panel, select Clinton again.
    await p.getByTestId('selection-bar').getByRole('button', { name: 'Pin' }).click();
    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await p.getByTestId('node-actions').getByRole('button', { name: 'Hide' }).click();
    await chooseFromSearch(p, 'hillary', 'Hillary Clinton');
    await waitForStillCanvas(p);
    const original = await pictureOf(p);
    expect(original.hidden).toBe('More (1 hidden)');
    expect(original.types).toContain('Country:false');

    const link = await shareLink(p);
    expect(link).toContain('xe=Country');
    expect(link).toContain('layout=circle');
    expect(link).toContain('pin=hillary-clinton:');
    const copy = await open(link);
    await waitForStillCanvas(copy);
    expect(await pictureOf(copy)).toEqual(original);
    expect(
      await copy
        .getByTestId('node-actions')
        .getByRole('button', { name: 'Pin' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await saveArtifact(copy, 'views-1-link-reopened');

    // With positions, every entity lands where it was.
    const positions = await modelPositions(p);
    const withPositions = await shareLink(p, true);
    expect(withPositions).toContain('pos=');
    const placed = await open(withPositions);
    await waitForStillCanvas(placed);
    const reopened = await modelPositions(placed);
    for (const [id, at] of Object.entries(positions)) {
      expect(Math.abs((reopened[id]?.x ?? Number.NaN) - at.x), id).toBeLessThanOrEqual(1);
      expect(Math.abs((reopened[id]?.y ?? Number.NaN) - at.y), id).toBeLessThanOrEqual(1);
    }
  });

  it('moves between views with back and forward, without reloading the page', async () => {
    const p = await open(inject('baseUrl'));
    await settled(p);
    const overview = await drawnEntityIds(p);
    await p.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    await clearCanvas(p);
    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await settled(p);
    const aroundBukele = await drawnEntityIds(p);
    expect(aroundBukele.length).toBeLessThan(overview.length);
    expect(new URL(p.url()).searchParams.get('sel')).toBe('nayib-bukele');

    await p.goBack();
    await expect.poll(async () => (await canvasCounts(p)).nodes).toBe(0);
    await p.goBack();
    await expect.poll(() => drawnEntityIds(p)).toEqual(overview);
    await p.goForward();
    await p.goForward();
    await expect.poll(() => drawnEntityIds(p)).toEqual(aroundBukele);
    expect(await p.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('opens the entities of a link from another page (?e=&sel=) and of a hand-off (?handoff=)', async () => {
    const base = inject('baseUrl');
    const p = await open(`${base}/?e=nayib-bukele,cbs-news,hillary-clinton&sel=cbs-news`);
    expect(await drawnEntityIds(p)).toEqual(['cbs-news', 'hillary-clinton', 'nayib-bukele']);
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('CBS News');

    // A hand-off as the GraphQL console writes it (app/lib/explorer-link.ts writeHandoff).
    const url = await p.evaluate(() => {
      const key = 'e2etest1';
      sessionStorage.setItem(
        `newsgraph:handoff:${key}`,
        JSON.stringify({
          entityIds: ['cecot', 'nayib-bukele'],
          relationIds: [],
          origin: 'the GraphQL console',
        }),
      );
      return `/?handoff=${key}`;
    });
    await p.goto(`${base}${url}`);
    await waitForDrawnGraph(p);
    expect(await drawnEntityIds(p)).toEqual(['cecot', 'nayib-bukele']);
    await expect
      .poll(() => p.getByTestId('canvas-status').innerText())
      .toContain('Drawn from the GraphQL console');
    // The hand-off is replaced by the view's own URL, so a reload shows the same entities.
    await expect.poll(() => new URL(p.url()).searchParams.get('e')).toBe('cecot,nayib-bukele');
  });

  it('has no serious or critical accessibility violations, with a selection, a menu and a capped expansion', async () => {
    const p = await open(inject('baseUrl'), { width: 1366, height: 768 });
    await clearCanvas(p);
    await p.getByRole('button', { name: 'Settings' }).click();
    await p.getByRole('spinbutton', { name: 'Neighbours per expansion' }).fill('2');
    await p.keyboard.press('Escape');
    await chooseFromSearch(p, '60 minutes segment', '60 Minutes segment on CECOT');
    await p.getByTestId('expansion-more').waitFor();
    await p.getByTestId('expansion-more').getByRole('button', { name: 'Pick…' }).click();
    await p.getByTestId('node-details').getByTestId('evidence-sentence').first().waitFor();
    await settled(p);
    await saveArtifact(p, 'views-2-audited');
    expect(seriousViolations(await auditAccessibility(p))).toEqual([]);
  });

  it('fits laptop screens without scrolling sideways', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
      [1440, 900],
    ] as const) {
      const p = await open(inject('baseUrl'), { width, height });
      expect(
        await p.evaluate(() => document.documentElement.scrollWidth),
        `${width}×${height}`,
      ).toBeLessThanOrEqual(width);
      const canvas = await p.getByTestId('graph-canvas').boundingBox();
      expect(canvas?.height ?? 0, `${width}×${height}`).toBeGreaterThan(250);
      await saveArtifact(p, `views-3-laptop-${width}x${height}`);
    }
  });
});
