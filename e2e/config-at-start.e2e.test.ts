import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README promises that a wrong setting stops the app at start, naming the variable. This starts the
 * built app (`next start`, as `npm start` does) with wrong values and waits for it to exit on its own.
 */
const root = path.resolve(import.meta.dirname, '..');

function startBuiltApp(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['next', 'start', '-p', '0'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('next start with a wrong setting', () => {
  it('exits with code 1, naming every wrong variable', async () => {
    const { code, output } = await startBuiltApp({ LOG_LEVEL: 'loud', NEWSGRAPH_RATE_LIMIT_EXPORT: 'lots' });
    expect(code).toBe(1);
    expect(output).toContain('newsgraph cannot start');
    expect(output).toMatch(/NEWSGRAPH_RATE_LIMIT_EXPORT.*LOG_LEVEL|LOG_LEVEL.*NEWSGRAPH_RATE_LIMIT_EXPORT/);
  });
});
