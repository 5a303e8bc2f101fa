import { describe, expect, it } from 'vitest';
import { ConfigError } from '../graph/config';
import { resolveApiConfig } from './api-config';

describe('resolveApiConfig', () => {
  it('starts from GraphQL Armor’s defaults, with the cost limit raised for the explorer’s own queries', () => {
    const config = resolveApiConfig({});
    expect(config.limits).toEqual({
      maxDepth: 6,
      maxAliases: 15,
      maxDirectives: 50,
      maxTokens: 1000,
      maxCost: 25_000,
      maxBodyBytes: 102_400,
      timeoutMs: 10_000,
    });
    expect(config.rateLimits).toEqual({ graphql: 300, export: 60, import: 30 });
    expect(config.introspection).toBe(true);
    expect(config.trustProxy).toBe(false);
    expect(config.logLevel).toBe('info');
  });

  it('turns introspection off with NEWSGRAPH_GRAPHQL_INTROSPECTION=false', () => {
    expect(resolveApiConfig({ NEWSGRAPH_GRAPHQL_INTROSPECTION: 'false' }).introspection).toBe(false);
    expect(resolveApiConfig({ NEWSGRAPH_GRAPHQL_INTROSPECTION: 'FALSE' }).introspection).toBe(false);
    expect(resolveApiConfig({ NEWSGRAPH_GRAPHQL_INTROSPECTION: '0' }).introspection).toBe(false);
  });

  it('hides field suggestions in production only', () => {
    expect(resolveApiConfig({ NODE_ENV: 'production' }).fieldSuggestions).toBe(false);
    expect(resolveApiConfig({ NODE_ENV: 'development' }).fieldSuggestions).toBe(true);
    expect(resolveApiConfig({ NODE_ENV: 'test' }).fieldSuggestions).toBe(true);
  });

  it('reads every limit, rate and switch from its variable', () => {
    const config = resolveApiConfig({
      NEWSGRAPH_GRAPHQL_MAX_DEPTH: '8',
      NEWSGRAPH_GRAPHQL_MAX_ALIASES: '3',
      NEWSGRAPH_GRAPHQL_MAX_DIRECTIVES: '4',
      NEWSGRAPH_GRAPHQL_MAX_TOKENS: '500',
      NEWSGRAPH_GRAPHQL_MAX_COST: '2000',
      NEWSGRAPH_GRAPHQL_MAX_BODY_BYTES: '4096',
      NEWSGRAPH_GRAPHQL_TIMEOUT_MS: '250',
      NEWSGRAPH_RATE_LIMIT_GRAPHQL: '0',
      NEWSGRAPH_RATE_LIMIT_EXPORT: '5',
      NEWSGRAPH_RATE_LIMIT_IMPORT: '6',
      NEWSGRAPH_TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
    });
    expect(config.limits).toEqual({
      maxDepth: 8,
      maxAliases: 3,
      maxDirectives: 4,
      maxTokens: 500,
      maxCost: 2000,
      maxBodyBytes: 4096,
      timeoutMs: 250,
    });
    expect(config.rateLimits).toEqual({ graphql: 0, export: 5, import: 6 });
    expect(config.trustProxy).toBe(true);
    expect(config.logLevel).toBe('warn');
  });

  it('reads an empty variable as unset', () => {
    expect(resolveApiConfig({ NEWSGRAPH_GRAPHQL_MAX_DEPTH: '', LOG_LEVEL: ' ' }).limits.maxDepth).toBe(6);
  });

  it.each([
    ['NEWSGRAPH_GRAPHQL_MAX_DEPTH', 'six'],
    ['NEWSGRAPH_GRAPHQL_MAX_DEPTH', '0'],
    ['NEWSGRAPH_GRAPHQL_MAX_TOKENS', '1.5'],
    ['NEWSGRAPH_GRAPHQL_TIMEOUT_MS', '-1'],
    ['NEWSGRAPH_RATE_LIMIT_GRAPHQL', 'lots'],
    ['NEWSGRAPH_GRAPHQL_INTROSPECTION', 'maybe'],
    ['NEWSGRAPH_TRUST_PROXY', 'sometimes'],
    ['LOG_LEVEL', 'verbose'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    expect(() => resolveApiConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => resolveApiConfig({ [name]: value })).toThrow(name);
  });
});
