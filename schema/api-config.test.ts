import { describe, expect, it } from 'vitest';
import { ConfigError } from '../graph/environment';
import { resolveApiConfig } from './api-config';

describe('resolveApiConfig', () => {
  it('starts from GraphQL Armor’s defaults, with the cost limit raised for the explorer’s own queries', () => {
    const config = resolveApiConfig({});
    expect(config.limits).toStrictEqual({
      maxDepth: 6,
      maxAliases: 15,
      maxDirectives: 50,
      maxTokens: 1000,
      maxCost: 25_000,
    });
    expect(config.introspection).toBe(true);
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

  it('reads every limit from its variable', () => {
    const config = resolveApiConfig({
      NEWSGRAPH_GRAPHQL_MAX_DEPTH: '8',
      NEWSGRAPH_GRAPHQL_MAX_ALIASES: '3',
      NEWSGRAPH_GRAPHQL_MAX_DIRECTIVES: '4',
      NEWSGRAPH_GRAPHQL_MAX_TOKENS: '500',
      NEWSGRAPH_GRAPHQL_MAX_COST: '2000',
    });
    expect(config.limits).toStrictEqual({
      maxDepth: 8,
      maxAliases: 3,
      maxDirectives: 4,
      maxTokens: 500,
      maxCost: 2000,
    });
  });

  it('reads an empty variable as unset, and trims values', () => {
    expect(resolveApiConfig({ NEWSGRAPH_GRAPHQL_MAX_DEPTH: '' }).limits.maxDepth).toBe(6);
    expect(resolveApiConfig({ NEWSGRAPH_GRAPHQL_MAX_DEPTH: ' 8 ' }).limits.maxDepth).toBe(8);
  });

  it.each([
    ['NEWSGRAPH_GRAPHQL_MAX_DEPTH', 'six'],
    ['NEWSGRAPH_GRAPHQL_MAX_DEPTH', '0'],
    ['NEWSGRAPH_GRAPHQL_MAX_TOKENS', '1.5'],
    ['NEWSGRAPH_GRAPHQL_INTROSPECTION', 'maybe'],
  ])('refuses %s=%s with a ConfigError naming the variable', (name, value) => {
    expect(() => resolveApiConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => resolveApiConfig({ [name]: value })).toThrow(name);
  });
});
