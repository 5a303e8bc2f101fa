import { describe, expect, it } from 'vitest';
import { ConfigError } from '@/graph/environment';
import { processCount, resolveHttpConfig } from './config';

describe('resolveHttpConfig', () => {
  it('has the documented defaults', () => {
    expect(resolveHttpConfig({})).toStrictEqual({
      production: false,
      maxBodyBytes: 102_400,
      timeoutMs: 10_000,
      rateLimits: { graphql: 300, export: 60, import: 30 },
      trustProxy: false,
      logLevel: 'info',
      processes: 'auto',
      graphqlDirect: true,
    });
  });

  it('reads every limit, rate and switch from its variable, case-insensitively', () => {
    expect(
      resolveHttpConfig({
        NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES: '4096',
        NEWSGRAPH_GRAPHQL_TIMEOUT_MS: '250',
        NEWSGRAPH_RATE_LIMIT_GRAPHQL: '0',
        NEWSGRAPH_RATE_LIMIT_EXPORT: '5',
        NEWSGRAPH_RATE_LIMIT_IMPORT: '6',
        NEWSGRAPH_TRUST_PROXY: 'ON',
        LOG_LEVEL: 'Warn',
        NEWSGRAPH_PROCESSES: '2',
        NEWSGRAPH_GRAPHQL_DIRECT: 'Off',
        NODE_ENV: 'production',
      }),
    ).toStrictEqual({
      production: true,
      maxBodyBytes: 4096,
      timeoutMs: 250,
      rateLimits: { graphql: 0, export: 5, import: 6 },
      trustProxy: true,
      logLevel: 'warn',
      processes: 2,
      graphqlDirect: false,
    });
  });

  it('refuses a number of processes that is not auto or 1 to 64', () => {
    for (const value of ['0', '65', 'many', '1.5']) {
      expect(() => resolveHttpConfig({ NEWSGRAPH_PROCESSES: value })).toThrow(ConfigError);
    }
  });

  it('serves with one process per core over Neo4j and one over the embedded store by default', () => {
    expect(processCount('auto', 'neo4j', 2)).toBe(2);
    expect(processCount('auto', 'embedded', 2)).toBe(1);
    expect(processCount(3, 'embedded', 2)).toBe(3);
  });

  it('reads a blank variable as unset', () => {
    expect(resolveHttpConfig({ LOG_LEVEL: ' ', NEWSGRAPH_GRAPHQL_TIMEOUT_MS: '' })).toMatchObject({
      logLevel: 'info',
      timeoutMs: 10_000,
    });
  });

  it.each([
    ['NEWSGRAPH_GRAPHQL_TIMEOUT_MS', '-1'],
    ['NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES', '10'],
    ['NEWSGRAPH_RATE_LIMIT_GRAPHQL', 'lots'],
    ['NEWSGRAPH_TRUST_PROXY', 'sometimes'],
    ['LOG_LEVEL', 'verbose'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    expect(() => resolveHttpConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => resolveHttpConfig({ [name]: value })).toThrow(name);
  });
});
