import { spawn } from 'node:child_process';
import { ROOT } from './paths';

/**
 * Measurements that load big graphs run in child processes: each starts with a clean heap (no garbage from
 * the previous measurement), can be given a large heap, and a crash in one cannot take the run down.
 * A worker prints its result as one line `RESULT <json>` on stdout; anything else passes through.
 */
const MARKER = 'RESULT ';

export interface WorkerOptions {
  /** V8's old-space limit in MB; big graphs need more than the default. */
  heapMb?: number;
  env?: NodeJS.ProcessEnv;
}

/** Runs a TypeScript worker script with tsx and resolves to what it reported. */
export function runWorker<T>(
  script: string,
  args: readonly string[],
  options: WorkerOptions = {},
): Promise<T> {
  const nodeArgs = [`--max-old-space-size=${options.heapMb ?? 4096}`, '--expose-gc', '--import', 'tsx'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
      cwd: ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let result: string | undefined;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(MARKER)) result = line.slice(MARKER.length);
        else process.stdout.write(`${line}\n`);
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (pending.startsWith(MARKER)) result = pending.slice(MARKER.length);
      if (code === 0 && result !== undefined) resolve(JSON.parse(result) as T);
      else reject(new Error(`${script} ${args.join(' ')} ended with ${signal ?? `exit code ${code}`}.`));
    });
  });
}

/** Called by a worker: reports its result to runWorker. */
export function reportResult(value: unknown): void {
  process.stdout.write(`${MARKER}${JSON.stringify(value)}\n`);
}

/** Collects garbage when the worker was started with --expose-gc, so one measurement does not pay for another's. */
export function collectGarbage(): void {
  globalThis.gc?.();
}

/** V8 heap for a process holding a graph of this size: about 24 KB per relation, within 4 to 16 GB. */
export function heapFor(relations: number): number {
  return Math.min(16_384, Math.max(4_096, Math.round(relations * 0.024)));
}
