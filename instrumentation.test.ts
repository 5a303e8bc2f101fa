import { afterEach, describe, expect, it, vi } from 'vitest';
import { register } from './instrumentation';

/**
 * Next calls `register` once as the server starts; a wrong setting must stop the start there, naming the
 * variable, rather than fail the first request that reads it (the README promises this). `stop` stands in
 * for ending the process; e2e/config-at-start.e2e.test.ts sees the built app really exit.
 */
describe('register (instrumentation.ts)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  /** Runs register and answers what it stopped with, or null when it let the start go on. */
  async function startWith(env: Record<string, string>): Promise<string | null> {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    let stoppedWith: string | null = null;
    await register((message) => {
      stoppedWith = message;
    });
    return stoppedWith;
  }

  it('lets a server with a valid configuration start', async () => {
    expect(await startWith({ NEWSGRAPH_GRAPHQL_TIMEOUT_MS: ' 2500 ' })).toBeNull();
  });

  it.each([
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEWSGRAPH_MAX_EXPORT_NODES', 'many'],
    ['NEWSGRAPH_MAX_IMPORT_BYTES', '0'],
    ['NEWSGRAPH_GRAPHQL_MAX_COST', 'high'],
    ['NEWSGRAPH_RATE_LIMIT_EXPORT', '-5'],
    ['LOG_LEVEL', 'loud'],
  ])('stops the start when %s=%s, naming the variable', async (name, value) => {
    expect(await startWith({ [name]: value })).toContain(name);
  });

  it('names every wrong variable at once', async () => {
    const stopped = await startWith({
      NEWSGRAPH_DATA_DIR: '',
      NEO4J_CONNECTION_TIMEOUT_MS: 'soon',
      NEO4J_URI: 'bolt://localhost:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEWSGRAPH_TRUST_PROXY: 'perhaps',
    });
    expect(stopped).toMatch(/NEO4J_CONNECTION_TIMEOUT_MS.*NEWSGRAPH_TRUST_PROXY/);
  });

  it('leaves the Edge runtime alone (the configuration is read on Node only)', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'edge');
    vi.stubEnv('LOG_LEVEL', 'loud');
    const stop = vi.fn();
    await register(stop);
    expect(stop).not.toHaveBeenCalled();
  });
});
