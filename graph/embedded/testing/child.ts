import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** The repository's root, where `tsx` resolves from. */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Starts a TypeScript script as one Node process with tsx's loader (`node --import tsx`), not through the
 * `tsx` command: that one runs the script in a second process, which a SIGKILL of the first would miss.
 */
export function spawnScript(script: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT });
}

/** Resolves with the first line of the child's stdout that matches `pattern`; rejects if it exits first. */
export function lineMatching(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let stderr = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      const found = lines.find((line) => pattern.test(line));
      if (found !== undefined) {
        cleanup();
        resolve(found);
      }
    };
    const onStderr = (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the child exited (code ${code}) before printing ${pattern}; stderr: ${stderr}`));
    };
    const cleanup = () => {
      child.stdout.off('data', onData);
      child.stderr.off('data', onStderr);
      child.off('exit', onExit);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onStderr);
    child.on('exit', onExit);
  });
}

/**
 * Kills the child with SIGKILL and resolves once it is gone, with what ended it: 'SIGKILL', or the exit
 * code of a child that had already stopped by itself.
 */
export async function killHard(child: ChildProcessWithoutNullStreams): Promise<string | number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.signalCode ?? child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
  return child.signalCode ?? child.exitCode;
}

/** Resolves with the child's exit code (or -1 when a signal ended it) and everything it printed. */
export async function completion(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code: code ?? -1, stdout, stderr };
}

/** A small seeded random generator (mulberry32), so a failing run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
