import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** The system Chromium the e2e tier drives (installed by scripts/ensure-test-tools.sh). */
const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const ROOT = path.resolve(import.meta.dirname, '..');

/** Saves a screenshot under artifacts/e2e/ (git-ignored) for a person to look at after a run. */
export async function saveArtifact(page: Page, name: string): Promise<void> {
  const dir = path.join(ROOT, 'artifacts', 'e2e');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** The counts the canvas status line reports (what Cytoscape holds). */
export async function canvasCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const status = page.getByTestId('canvas-status');
  return {
    nodes: Number(await status.getAttribute('data-nodes')),
    edges: Number(await status.getAttribute('data-edges')),
  };
}

/** Waits until the canvas draws at least one entity and its layout (and any centring) has finished. */
export async function waitForDrawnGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-testid="canvas-status"]');
    const canvas = document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
    return Number(status?.getAttribute('data-nodes')) > 0 && canvas?.dataset.layout === 'idle';
  });
}

/** Waits for the canvas layout (and any centring) to finish. */
export async function waitForSettledLayout(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-testid="graph-canvas"]')?.dataset.layout === 'idle',
  );
}
