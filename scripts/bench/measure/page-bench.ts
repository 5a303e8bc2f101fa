import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { median } from '../harness/stats';

/** Debian's Chromium, as the e2e tier uses; playwright-core never downloads a browser of its own. */
const CHROMIUM = '/usr/bin/chromium';

interface ScriptFile {
  url: string;
  bytes: number;
  gzipBytes: number;
  /** In the page's HTML (loaded before the page can run), rather than fetched later by a dynamic import. */
  initial: boolean;
  /** Libraries recognised in the file by a string they are known to contain: a hint at what it holds. */
  holds: string[];
}

/** A string each library's built code carries (an error URL, a name in its own messages). */
const LIBRARY_MARKS: readonly (readonly [string, string])[] = [
  ['react-dom', 'react.dev/errors'],
  ['cytoscape', 'Can not create second element'],
  ['fcose layout (cose-base, layout-base)', 'CoSELayout'],
  ['zod', 'ZodError'],
  ['the explorer', 'canvas-status'],
];

function librariesIn(body: Buffer): string[] {
  const text = body.toString('latin1');
  return LIBRARY_MARKS.filter(([, mark]) => text.includes(mark)).map(([name]) => name);
}

export interface PageBenchResult {
  runs: number;
  /** Navigation start to the first entity on the canvas, per run (ms). */
  firstDrawnMs: number[];
  firstDrawnMedianMs: number;
  /** Navigation start to the first layout finishing (ms), median. */
  layoutDoneMedianMs: number | null;
  scripts: ScriptFile[];
  /** Every script the page loaded until its first graph was drawn. */
  totalGzipBytes: number;
  initialGzipBytes: number;
}

/** What the probe (PROBE) leaves on the page's window. Not declared globally: only this file reads it. */
type ProbedWindow = Window & {
  __benchFirstDrawn?: number;
  __benchLayoutDone?: number;
  __benchInitialScripts?: string[];
};

/**
 * Opens the explorer `runs` times, each in a fresh browser context (empty cache, as a first visit), and
 * times from navigation start to the first drawn graph: the moment the canvas status line reports an
 * entity (`data-nodes` > 0, what the e2e tests wait for). The time is read inside the page with
 * performance.now(), whose origin is the navigation's start. The first run also records every script
 * response, gzipped here at level 9 to size the JavaScript a first visit downloads.
 */
export async function benchPage(url: string, runs: number): Promise<PageBenchResult> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync'],
  });
  try {
    await openOnce(browser, url); // warm-up: the server's first render of the page is not what a visitor waits for
    const firstDrawnMs: number[] = [];
    const layoutDone: number[] = [];
    let scripts: ScriptFile[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await openOnce(browser, url, run === 0);
      firstDrawnMs.push(result.firstDrawn);
      if (result.layoutDone !== null) layoutDone.push(result.layoutDone);
      if (run === 0) scripts = result.scripts;
    }
    const sum = (files: readonly ScriptFile[]) => files.reduce((total, f) => total + f.gzipBytes, 0);
    return {
      runs,
      firstDrawnMs,
      firstDrawnMedianMs: median(firstDrawnMs),
      layoutDoneMedianMs: layoutDone.length === 0 ? null : median(layoutDone),
      scripts,
      totalGzipBytes: sum(scripts),
      initialGzipBytes: sum(scripts.filter((s) => s.initial)),
    };
  } finally {
    await browser.close();
  }
}

interface OneLoad {
  firstDrawn: number;
  layoutDone: number | null;
  scripts: ScriptFile[];
}

async function openOnce(browser: Browser, url: string, recordScripts = false): Promise<OneLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE });
    const pending: Promise<Omit<ScriptFile, 'initial'> | null>[] = [];
    if (recordScripts) {
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        pending.push(
          response.body().then(
            (body) => ({
              url: response.url(),
              bytes: body.length,
              gzipBytes: gzipSync(body, { level: 9 }).length,
              holds: librariesIn(body),
            }),
            () => null,
          ),
        );
      });
    }
    await page.goto(url);
    await page.waitForFunction(() => (window as ProbedWindow).__benchFirstDrawn !== undefined, undefined, {
      timeout: 120_000,
    });
    await page
      .waitForFunction(() => (window as ProbedWindow).__benchLayoutDone !== undefined, undefined, {
        timeout: 60_000,
      })
      .catch(() => undefined);
    const marks = await readMarks(page);
    const initial = new Set(marks.initialScripts);
    const scripts = (await Promise.all(pending))
      .filter((s) => s !== null)
      .map((s) => ({ ...s, initial: initial.has(s.url) }));
    return { firstDrawn: marks.firstDrawn, layoutDone: marks.layoutDone, scripts };
  } finally {
    await context.close();
  }
}

async function readMarks(page: Page) {
  return page.evaluate(() => {
    const probed = window as ProbedWindow;
    return {
      firstDrawn: probed.__benchFirstDrawn ?? Number.NaN,
      layoutDone: probed.__benchLayoutDone ?? null,
      initialScripts: probed.__benchInitialScripts ?? [],
    };
  });
}

/**
 * Runs in the page before its own scripts: notes the scripts the HTML names, and the moments the status
 * line first counts an entity and the canvas first reports its layout idle after that. Plain JavaScript in
 * a string: a function would be transpiled by tsx, which wraps inner functions in a `__name` helper that
 * the page does not have.
 */
const PROBE = `(() => {
  document.addEventListener('DOMContentLoaded', () => {
    window.__benchInitialScripts = [...document.scripts].map((s) => s.src).filter((src) => src !== '');
  });
  const check = () => {
    const status = document.querySelector('[data-testid="canvas-status"]');
    if (window.__benchFirstDrawn === undefined && Number(status?.getAttribute('data-nodes')) > 0) {
      window.__benchFirstDrawn = performance.now();
    }
    const canvas = document.querySelector('[data-testid="graph-canvas"]');
    if (window.__benchFirstDrawn !== undefined && window.__benchLayoutDone === undefined && canvas?.dataset.layout === 'idle') {
      window.__benchLayoutDone = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, childList: true });
})();`;
