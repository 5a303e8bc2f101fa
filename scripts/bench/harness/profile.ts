import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { ROOT } from './paths';

/** A function where the CPU was when sampled, and its share of all samples (self time). */
export interface HotSpot {
  /** `name (file:line)`, the file relative to the repository. */
  frame: string;
  percent: number;
}

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * Runs `work` under V8's sampling CPU profiler (node:inspector, in this process) and returns the `top`
 * functions by self time: a quick answer to "where does a slow call spend its time" for the report.
 */
export async function hotSpots(work: () => Promise<unknown>, top = 6): Promise<HotSpot[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    await work();
    const { profile } = await session.post('Profiler.stop');
    const nodes = profile.nodes as ProfileNode[];
    const total = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
    const byFrame = new Map<string, number>();
    for (const node of nodes) {
      if ((node.hitCount ?? 0) === 0) continue;
      const key = frameName(node.callFrame);
      byFrame.set(key, (byFrame.get(key) ?? 0) + (node.hitCount ?? 0));
    }
    return [...byFrame]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, hits]) => ({ frame, percent: (100 * hits) / Math.max(1, total) }));
  } finally {
    session.disconnect();
  }
}

function frameName({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const name = functionName === '' ? '(anonymous)' : functionName;
  if (url === '') return name;
  const file = url.startsWith('file://') ? path.relative(ROOT, new URL(url).pathname) : url;
  // tsx runs our TypeScript without source maps in the profile, so its line numbers say nothing.
  const line = file.endsWith('.ts') ? '' : `:${lineNumber + 1}`;
  return `${name} (${file.replace(/^node_modules\//, '')}${line})`;
}
