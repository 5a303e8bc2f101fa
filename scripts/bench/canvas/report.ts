import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Machine } from '../harness/machine';
import { median } from '../harness/stats';
import type { InteractionResult, Variant, WebglInfo } from './harness-api';
import { VARIANTS } from './harness-api';

/** Everything one `npm run bench:canvas` measured: written as JSON and rendered as Markdown. */
export interface CanvasBenchReport {
  formatVersion: 1;
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  settings: {
    entities: number;
    relations: number;
    seed: number;
    rounds: number;
    secondsPerRun: number;
    viewport: { width: number; height: number };
    chromium: string;
    chromiumArgs: string[];
  };
  graph: { nodes: number; edges: number };
  webgl: WebglInfo;
  layout: { quality: string; ms: number };
  runs: CanvasRun[];
  summary: VariantSummary[];
  notes: string[];
}

export interface CanvasRun {
  round: number;
  variant: Variant;
  firstDrawMs: number;
  rendererIsWebgl: boolean;
  interaction: InteractionResult;
}

export interface VariantSummary {
  variant: Variant;
  runs: number;
  /** Medians over the rounds. */
  framesPerSecond: number;
  redrawsPerSecond: number;
  p95FrameMs: number;
  firstDrawMs: number;
}

export const VARIANT_LABELS: Record<Variant, string> = {
  'canvas-plain': 'canvas, no size settings',
  canvas: 'canvas, canvasPerformance',
  webgl: 'WebGL, canvasPerformance',
};

export function summarize(runs: readonly CanvasRun[]): VariantSummary[] {
  return VARIANTS.map((variant) => {
    const mine = runs.filter((r) => r.variant === variant);
    return {
      variant,
      runs: mine.length,
      framesPerSecond: median(mine.map((r) => r.interaction.frames / r.interaction.seconds)),
      redrawsPerSecond: median(mine.map((r) => r.interaction.redraws / r.interaction.seconds)),
      p95FrameMs: median(mine.map((r) => r.interaction.p95FrameMs)),
      firstDrawMs: median(mine.map((r) => r.firstDrawMs)),
    };
  });
}

/** `a / b` of two summaries' medians, or NaN when either is missing. */
export function ratio(
  summary: readonly VariantSummary[],
  a: Variant,
  b: Variant,
  field: 'framesPerSecond' | 'redrawsPerSecond' | 'firstDrawMs',
): number {
  const top = summary.find((s) => s.variant === a)?.[field];
  const bottom = summary.find((s) => s.variant === b)?.[field];
  return top === undefined || bottom === undefined || bottom === 0 ? Number.NaN : top / bottom;
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

export function renderMarkdown(report: CanvasBenchReport): string {
  const { settings, summary } = report;
  const lines: string[] = [];
  lines.push(
    `# Canvas frame rate: ${report.graph.nodes.toLocaleString('en')} entities, ${report.graph.edges.toLocaleString('en')} relations`,
  );
  lines.push('');
  lines.push(
    `${report.startedAt} · ${report.machine.cpu} × ${report.machine.cores} · ${settings.chromium} headless · ` +
      `viewport ${settings.viewport.width}×${settings.viewport.height} · ${settings.rounds} rounds × ${settings.secondsPerRun} s of pan and zoom per renderer · seed ${settings.seed} · load average at start ${report.machine.loadAtStart.toFixed(1)}`,
  );
  lines.push('');
  lines.push(
    `WebGL backend: ${report.webgl.available ? `${report.webgl.renderer} (${report.webgl.vendor})` : 'none'}`,
  );
  lines.push('');
  lines.push('| renderer | frames/s (median) | Cytoscape redraws/s | p95 frame (ms) | first draw (ms) |');
  lines.push('| --- | ---: | ---: | ---: | ---: |');
  for (const s of summary) {
    lines.push(
      `| ${VARIANT_LABELS[s.variant]} | ${fixed(s.framesPerSecond)} | ${fixed(s.redrawsPerSecond)} | ${fixed(s.p95FrameMs, 0)} | ${fixed(s.firstDrawMs, 0)} |`,
    );
  }
  lines.push('');
  lines.push(
    `WebGL ÷ canvas (both with canvasPerformance): frames/s ×${fixed(ratio(summary, 'webgl', 'canvas', 'framesPerSecond'), 2)}, ` +
      `first draw ×${fixed(ratio(summary, 'webgl', 'canvas', 'firstDrawMs'), 2)}. ` +
      `WebGL ÷ plain canvas: frames/s ×${fixed(ratio(summary, 'webgl', 'canvas-plain', 'framesPerSecond'), 2)}.`,
  );
  lines.push('');
  lines.push(
    `fCoSE layout of the graph in the page (${report.layout.quality} quality): ${fixed(report.layout.ms / 1000, 1)} s.`,
  );
  lines.push('');
  lines.push('## Every run');
  lines.push('');
  lines.push(
    '| round | renderer | frames/s | redraws/s | p95 frame (ms) | longest frame (ms) | first draw (ms) | pans | wheel steps | zoom range |',
  );
  lines.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const run of report.runs) {
    const i = run.interaction;
    lines.push(
      `| ${run.round} | ${VARIANT_LABELS[run.variant]}${run.rendererIsWebgl ? ' (webgl on)' : ''} | ${fixed(i.frames / i.seconds)} | ${fixed(i.redraws / i.seconds)} | ${fixed(i.p95FrameMs, 0)} | ${fixed(i.longestFrameMs, 0)} | ${fixed(run.firstDrawMs, 0)} | ${i.pans} | ${i.wheelSteps} | ${fixed(i.zoomRange[0], 2)}–${fixed(i.zoomRange[1], 2)} |`,
    );
  }
  lines.push('');
  if (report.notes.length > 0) {
    lines.push('## Notes');
    lines.push('');
    for (const note of report.notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

/** Writes `canvas-<date>.{json,md}` and `canvas-latest.{json,md}` into `dir`; returns the Markdown path. */
export async function writeCanvasReport(report: CanvasBenchReport, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const markdown = renderMarkdown(report);
  for (const name of [`canvas-${stamp}`, 'canvas-latest']) {
    await writeFile(path.join(dir, `${name}.json`), json);
    await writeFile(path.join(dir, `${name}.md`), markdown);
  }
  return path.join(dir, `canvas-${stamp}.md`);
}
