import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { CANVAS_BACKGROUND } from '@/app/explorer/canvas/cytoscape-style';
import { colourDifference, contrastRatio, mixColors } from '@/app/explorer/theme/theme-contrast';
import { waitForDrawnGraph } from './browser';
import { chooseFromSearch } from './explorer-steps';
import { explorerSession } from './explorer-session';
import { pickPathEnd } from './panels';

/**
 * The canvas's colours as the browser draws them (issue 14, seen 7): the drawn path must not look like a
 * relation type of the legend (it was the legend's orange for criticism), and on the dark canvas the
 * elements faded around a selection must stay visible (3:1, WCAG 1.4.11).
 */

const session = explorerSession();
let page: Page | undefined;
afterEach(async () => {
  await page?.context().close();
  page = undefined;
});

async function open(colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await session.browser().newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
  page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await waitForDrawnGraph(page);
  return page;
}

/** `rgb(r, g, b)` (how Cytoscape and getComputedStyle report a colour) as `#RRGGBB`. */
function hex(color: string): string {
  const parts = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color)?.slice(1);
  if (parts === undefined) return color.toUpperCase();
  return `#${parts.map((p) => Number(p).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

describe('the canvas’s colours', () => {
  it('draws a path in a colour far from every relation colour the legend shows', async () => {
    const p = await open('light');
    await p.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Find path' }).click();
    await pickPathEnd(p, 'From', 'bukele', 'Nayib Bukele');
    await pickPathEnd(p, 'To', 'cbs', 'CBS News');
    const finder = p.getByRole('region', { name: 'Path finder' });
    await finder.getByRole('button', { name: 'Find path' }).click();
    await expect.poll(() => finder.getByTestId('path-status').innerText()).toMatch(/hops?:/);
    await expect
      .poll(() => p.evaluate(() => window.__newsgraphCy?.edges('.path').length ?? 0))
      .toBeGreaterThan(0);

    const pathColours = await p.evaluate(() =>
      (window.__newsgraphCy?.edges('.path').map((e) => String(e.style('line-color'))) ?? []).concat(
        window.__newsgraphCy?.nodes('.path').map((n) => String(n.style('border-color'))) ?? [],
      ),
    );
    const legendColours = await p
      .locator('.legend .line-key line')
      .evaluateAll((lines) => lines.map((line) => line.getAttribute('stroke') ?? ''));
    expect(legendColours.length).toBeGreaterThanOrEqual(4);
    for (const path of new Set(pathColours.map(hex))) {
      for (const legend of new Set(legendColours.map(hex))) {
        expect(colourDifference(path, legend), `path ${path} vs legend ${legend}`).toBeGreaterThanOrEqual(40);
      }
    }
  });

  it('keeps the elements faded around a selection at 3:1 on the dark canvas', async () => {
    const p = await open('dark');
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await chooseFromSearch(p, 'bukele', 'Nayib Bukele');
    await expect
      .poll(() => p.evaluate(() => window.__newsgraphCy?.$('.dimmed').length ?? 0))
      .toBeGreaterThan(0);

    const faded = await p.evaluate(() =>
      (window.__newsgraphCy?.$('.dimmed').toArray() ?? []).map((element) => ({
        id: element.id(),
        opacity: Number(element.style('opacity')),
        colour: String(element.style(element.isNode() ? 'border-color' : 'line-color')),
        label: String(element.style('color')),
      })),
    );
    const canvas = CANVAS_BACKGROUND.dark;
    for (const { id, opacity, colour, label } of faded) {
      for (const drawn of [colour, label]) {
        const seen = mixColors(canvas, hex(drawn), opacity);
        expect(contrastRatio(seen, canvas), `${id}: ${drawn} at ${opacity}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
