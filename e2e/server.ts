import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/**
 * Starting and stopping the built app (`next start`) for the e2e tier. Each server runs in its own process
 * group so stopping it also stops the Node process `npx` started.
 */

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  /** What the server printed so far (stdout and stderr). */
  output(): string;
}

export { freePort } from '../scripts/free-port';

/** Runs a command to completion; rejects with its output when it fails. */
export function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

export interface StartOptions {
  cwd: string;
  port: number;
  env: NodeJS.ProcessEnv;
  /** Which /api/health statuses mean "up": 200 for a healthy store, 503 too for a deliberately broken one. */
  readyStatuses: readonly number[];
  timeoutMs?: number;
  /** `server.ts`: our own server around Next (what `npm start` runs) instead of `next start`. */
  ours?: boolean;
}

/** Starts `npx next start` and resolves once /api/health answers with one of `readyStatuses`. */
export async function startNext(options: StartOptions): Promise<RunningServer> {
  const { cwd, port, env, readyStatuses, timeoutMs = 90_000 } = options;
  const args = options.ours
    ? ['tsx', 'server.ts', '--port', String(port), '--hostname', '127.0.0.1']
    : ['next', 'start', '-p', String(port), '-H', '127.0.0.1'];
  const child = spawn('npx', args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const server: RunningServer = { url, stop: () => stopGroup(child), output: () => output };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`next start exited with ${child.exitCode} before it was ready:\n${output}`);
    }
    const status = await healthStatus(url);
    if (status !== undefined && readyStatuses.includes(status)) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`next start on port ${port} was not ready within ${timeoutMs} ms:\n${output}`);
}

async function healthStatus(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, 'SIGTERM');
  const forced = setTimeout(() => signalGroup(child.pid ?? 0, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(forced);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // A negative pid signals the whole process group that `detached: true` created for this server.
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
