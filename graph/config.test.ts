import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { resolveStoreConfig } from './config';
import { ConfigError } from './environment';

describe('resolveStoreConfig', () => {
  it('chooses the embedded store in ./.data when nothing is set', () => {
    expect(resolveStoreConfig({})).toEqual({ kind: 'embedded', dataDir: path.resolve('./.data') });
  });

  it('honours NEWSGRAPH_DATA_DIR', () => {
    expect(resolveStoreConfig({ NEWSGRAPH_DATA_DIR: '/tmp/ng' })).toEqual({
      kind: 'embedded',
      dataDir: '/tmp/ng',
    });
  });

  it('treats an empty NEO4J_URI as unset', () => {
    expect(resolveStoreConfig({ NEO4J_URI: '' }).kind).toBe('embedded');
  });

  it('chooses Neo4j when NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are set', () => {
    const config = resolveStoreConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'news',
    });
    expect(config).toMatchObject({
      kind: 'neo4j',
      uri: 'neo4j+s://abc.databases.neo4j.io',
      database: 'news',
    });
  });

  it('refuses a NEO4J_URI without credentials', () => {
    expect(() => resolveStoreConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(ConfigError);
  });

  it('refuses a URI of another scheme, naming the variable', () => {
    expect(() =>
      resolveStoreConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' }),
    ).toThrow(/NEO4J_URI/);
  });

  it('refuses a connection timeout that is not a number', () => {
    expect(() =>
      resolveStoreConfig({
        NEO4J_URI: 'bolt://localhost:7687',
        NEO4J_USER: 'u',
        NEO4J_PASSWORD: 'p',
        NEO4J_CONNECTION_TIMEOUT_MS: 'soon',
      }),
    ).toThrow(/NEO4J_CONNECTION_TIMEOUT_MS/);
  });
});
