/**
 * npm run bench:canvas [-- options]   (or: npx tsx scripts/bench/canvas-fps.ts)
 *
 * How fast the explorer's canvas pans and zooms a big graph, canvas renderer against WebGL. Generates a
 * seeded synthetic graph (2,000 entities / 8,000 relations by default; never written to the repository),
 * bundles a small page from the app's own modules (Cytoscape loader, stylesheet, element builder, fCoSE
 * options, canvasPerformance) and serves it on loopback; headless Chromium lays the graph out once, then,
 * round after round and in alternating order, draws it three ways in a fresh page each — canvas with no
 * size settings, canvas with canvasPerformance's settings, WebGL — and pans and zooms it with mouse input
 * for a fixed time while counting frames. Writes artifacts/bench/canvas-<date>.{json,md} and
 * canvas-latest.{json,md} (git-ignored) and prints the Markdown, with screenshots of each drawing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ElementDefinition } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { buildHarness } from './canvas/build-harness';
import { BENCH_CHROMIUM_ARGS, launchBenchChromium } from './canvas/chromium';
import type { BenchWindow, Position, Variant } from './canvas/harness-api';
import { VARIANTS } from './canvas/harness-api';
import type { CanvasBenchReport, CanvasRun } from './canvas/report';
import { VARIANT_LABELS, renderMarkdown, summarize, writeCanvasReport } from './canvas/report';
import { serveFolder } from './canvas/static-server';
import { syntheticCanvasGraph } from './canvas/synthetic-elements';
import { describeMachine } from './harness/machine';
import { BENCH_DIR } from './harness/paths';

const USAGE = `Usage: npm run bench:canvas -- [options]

  --entities 2000     entities in the synthetic graph
  --relations 8000    relations in the synthetic graph
  --rounds 5          rounds; each draws the graph with every renderer once
  --seconds 6         seconds of panning and zooming per drawing
  --seed 1            the generator's seed`;

const VIEWPORT = { width: 1280, height: 800 };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '2000' },
      relations: { type: 'string', default: '8000' },
      rounds: { type: 'string', default: '5' },
      seconds: { type: 'string', default: '6' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const entities = positiveInteger(values.entities, 'entities');
  const relations = positiveInteger(values.relations, 'relations');
  const rounds = positiveInteger(values.rounds, 'rounds');
  const seconds = positiveInteger(values.seconds, 'seconds');
  const seed = positiveInteger(values.seed, 'seed');

  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const graph = syntheticCanvasGraph({ entities, relations, seed });
  console.log(`Graph: ${graph.nodes} entities, ${graph.edges} relations (seed ${seed}).`);

  const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-canvas-bench-'));
  let browser: Browser | undefined;
  const server = await (async () => {
    await buildHarness(dir);
    return serveFolder(dir);
  })();
  try {
    browser = await launchBenchChromium();
    const open = (url: string) => openHarness(browser as Browser, url);

    // One layout, reused by every drawing, so the rounds compare drawing and nothing else.
    const first = await open(server.url);
    const webgl = loaded(await first.evaluate(() => (window as BenchWindow).__canvasBench?.webglInfo()));
    console.log(`WebGL: ${webgl.available ? webgl.renderer : 'not available'}`);
    console.log('Laying the graph out (fCoSE, in the page)…');
    const layout = loaded(
      await first.evaluate(
        (elements) => (window as BenchWindow).__canvasBench?.layout(elements),
        graph.elements,
      ),
    );
    console.log(`  ${layout.quality} quality: ${(layout.layoutMs / 1000).toFixed(1)} s`);
    await first.context().close();

    const runs: CanvasRun[] = [];
    for (let round = 1; round <= rounds; round++) {
      // Alternate the order so that whatever warms up or slows down over a run is shared out evenly.
      const order = round % 2 === 1 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        const run = await measure(
          open,
          server.url,
          graph.elements,
          layout.positions,
          variant,
          seconds,
          round,
        );
        runs.push(run);
        const i = run.interaction;
        console.log(
          `  round ${round} ${VARIANT_LABELS[variant].padEnd(28)} ${(i.frames / i.seconds).toFixed(1).padStart(5)} frames/s, ` +
            `${(i.redraws / i.seconds).toFixed(1).padStart(5)} redraws/s, first draw ${run.firstDrawMs.toFixed(0)} ms`,
        );
      }
    }

    const report: CanvasBenchReport = {
      formatVersion: 1,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine,
      settings: {
        entities,
        relations,
        seed,
        rounds,
        secondsPerRun: seconds,
        viewport: VIEWPORT,
        chromium: `Chromium ${browser.version()}`,
        chromiumArgs: [...BENCH_CHROMIUM_ARGS],
      },
      graph: { nodes: graph.nodes, edges: graph.edges },
      webgl,
      layout: { quality: layout.quality, ms: layout.layoutMs },
      runs,
      summary: summarize(runs),
      notes: notesFor(webgl.renderer, runs),
    };
    const file = await writeCanvasReport(report, BENCH_DIR);
    console.log('');
    console.log(renderMarkdown(report));
    console.log(`Written: ${path.relative(process.cwd(), file)} (and canvas-latest.md/.json)`);
    return 0;
  } finally {
    await browser?.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The functions given to page.evaluate travel as source text, so they reach the harness through
 * `window.__canvasBench` inline (no helpers of this module); an undefined answer means it was missing.
 */
function loaded<T>(value: T | undefined): T {
  if (value === undefined)
    throw new Error('The harness page did not load (window.__canvasBench is missing).');
  return value;
}

async function openHarness(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => (window as BenchWindow).__canvasBench !== undefined, undefined, {
    timeout: 30_000,
  });
  if (errors.length > 0) throw new Error(`The harness page failed: ${errors.join('; ')}`);
  return page;
}

/** One drawing in a fresh page: time to the first frame, a moment to settle, then pan and zoom. */
async function measure(
  open: (url: string) => Promise<Page>,
  url: string,
  elements: ElementDefinition[],
  positions: Record<string, Position>,
  variant: Variant,
  seconds: number,
  round: number,
): Promise<CanvasRun> {
  const page = await open(url);
  try {
    const drawn = loaded(
      await page.evaluate(
        (args) => (window as BenchWindow).__canvasBench?.draw(args.elements, args.positions, args.variant),
        { elements, positions, variant },
      ),
    );
    // The canvas renderer fills its texture caches in idle frames after the first draw; let both settle.
    await page.waitForTimeout(1000);
    if (round === 1) {
      await page.screenshot({ path: path.join(BENCH_DIR, `canvas-${variant}.png`) });
    }
    const interaction = loaded(
      await page.evaluate((s) => (window as BenchWindow).__canvasBench?.interact(s), seconds),
    );
    return {
      round,
      variant,
      firstDrawMs: drawn.firstDrawMs,
      rendererIsWebgl: drawn.rendererIsWebgl,
      interaction,
    };
  } finally {
    await page.context().close();
  }
}

function notesFor(webglRenderer: string | null, runs: readonly CanvasRun[]): string[] {
  const notes = [
    'Input is synthetic mouse events sent once per animation frame from inside the page (a drag that circles, then wheel steps in and out, 1.5 s each), so Cytoscape takes its user-gesture paths; frames/s counts requestAnimationFrame callbacks, redraws/s the frames in which Cytoscape drew.',
    'With canvasPerformance on the canvas renderer at this size, a pan or zoom moves a snapshot of the drawing (textureOnViewport) and hides edges: its frames are cheap but show less until the gesture stops. WebGL draws every element in every frame.',
    'No GPU: Chromium runs with --disable-gpu, so the 2D canvas is rasterised on the CPU and WebGL runs on SwiftShader, a CPU implementation of the GPU. These figures say how WebGL fares without graphics hardware (why canvasPerformance keeps "auto" on the canvas renderer when WebGL is software), not how it fares on a GPU.',
    'Headless Chromium paces frames at 60 per second at most; the machine is shared, so compare renderers within one run, not across runs.',
  ];
  if (webglRenderer === null || !/swiftshader/i.test(webglRenderer)) {
    notes.push(`The WebGL backend was ${webglRenderer ?? 'missing'}, not SwiftShader.`);
  }
  const webglOff = runs.filter((r) => r.variant === 'webgl' && !r.rendererIsWebgl).length;
  if (webglOff > 0)
    notes.push(
      `In ${webglOff} WebGL run(s) Cytoscape did not report WebGL on: those figures are not WebGL's.`,
    );
  return notes;
}

function positiveInteger(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a whole number of at least 1, got ${value}.`);
  return n;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
