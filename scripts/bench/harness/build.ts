import { execFileSync, spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { NEXT_DIST_DIR, ROOT } from './paths';

/**
 * The default `.next` folder is shared by everyone working in this checkout: a build started while another
 * is running, or while browser tests serve the old one, spoils both. These helpers wait their turn. With
 * a folder of one's own (NEXT_DIST_DIR, see next.config.ts) nobody else's build or test run can touch it,
 * so there is nothing to wait for.
 */

/** Command lines of other processes that build or serve tests from the shared `.next` right now. */
function busyBuilders(): string[] {
  if (NEXT_DIST_DIR !== '.next') return [];
  try {
    return execFileSync('pgrep', ['-fa', 'next build|vitest run --config vitest.e2e'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '');
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Resolves once no other build or e2e run is going on, checking every 10 s for at most `maxMinutes`. */
export async function waitForQuietBuilds(log: (line: string) => void, maxMinutes = 30): Promise<void> {
  const deadline = Date.now() + maxMinutes * 60_000;
  let told = false;
  while (busyBuilders().length > 0) {
    if (Date.now() > deadline) throw new Error(`Another build or e2e run kept going for ${maxMinutes} min.`);
    if (!told) log(`Waiting for another build or e2e run to finish:\n  ${busyBuilders().join('\n  ')}`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
}

/** Runs `next build` into NEXT_DIST_DIR, its output going to `logFile`; rejects when it fails. */
export function buildApp(logFile: string): Promise<void> {
  const log = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
    {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code}); see ${logFile}.`)),
    );
  });
}
