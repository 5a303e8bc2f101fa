import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '@/graph/environment';
import { register } from './instrumentation';

/**
 * Next calls `register` once as the server starts; a wrong setting must stop the start there, naming the
 * variable, rather than fail the first request that reads it (the README promises this).
 */
describe('register (instrumentation.ts)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('lets a server with a valid configuration start', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NEWSGRAPH_GRAPHQL_TIMEOUT_MS', ' 2500 ');
    await expect(register()).resolves.toBeUndefined();
  });

  it.each([
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEWSGRAPH_MAX_EXPORT_NODES', 'many'],
    ['NEWSGRAPH_MAX_IMPORT_BYTES', '0'],
    ['NEWSGRAPH_GRAPHQL_MAX_COST', 'high'],
    ['NEWSGRAPH_RATE_LIMIT_EXPORT', '-5'],
    ['LOG_LEVEL', 'loud'],
  ])('stops the start when %s=%s, naming the variable', async (name, value) => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv(name, value);
    const failure = register();
    await expect(failure).rejects.toThrow(ConfigError);
    await expect(failure).rejects.toThrow(name);
  });

  it('names every wrong variable at once', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    vi.stubEnv('NEWSGRAPH_DATA_DIR', '');
    vi.stubEnv('NEO4J_CONNECTION_TIMEOUT_MS', 'soon');
    vi.stubEnv('NEO4J_URI', 'bolt://localhost:7687');
    vi.stubEnv('NEO4J_USER', 'neo4j');
    vi.stubEnv('NEO4J_PASSWORD', 'secret');
    vi.stubEnv('NEWSGRAPH_TRUST_PROXY', 'perhaps');
    const failure = register();
    await expect(failure).rejects.toThrow(/NEO4J_CONNECTION_TIMEOUT_MS.*NEWSGRAPH_TRUST_PROXY/);
  });

  it('leaves the Edge runtime alone (the configuration is read on Node only)', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'edge');
    vi.stubEnv('LOG_LEVEL', 'loud');
    await expect(register()).resolves.toBeUndefined();
  });
});
