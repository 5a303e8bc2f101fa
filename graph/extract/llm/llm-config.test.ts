import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../environment';
import { DEFAULT_LLM_TIMEOUT_MS, resolveLlmConfig } from './llm-config';

describe('resolveLlmConfig', () => {
  it('is null when no endpoint is set', () => {
    expect(resolveLlmConfig({})).toBeNull();
    expect(resolveLlmConfig({ NEWSGRAPH_LLM_BASE_URL: ' ' })).toBeNull();
  });

  it('reads the endpoint, model, key and time bound, trimming a trailing slash', () => {
    expect(
      resolveLlmConfig({
        NEWSGRAPH_LLM_BASE_URL: 'http://localhost:11434/v1/',
        NEWSGRAPH_LLM_MODEL: 'llama3.1',
        NEWSGRAPH_LLM_API_KEY: 'k',
        NEWSGRAPH_LLM_TIMEOUT_MS: '1500',
      }),
    ).toEqual({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: 'k', timeoutMs: 1500 });
    expect(
      resolveLlmConfig({ NEWSGRAPH_LLM_BASE_URL: 'https://x.example/v1', NEWSGRAPH_LLM_MODEL: 'm' }),
    ).toMatchObject({
      apiKey: null,
      timeoutMs: DEFAULT_LLM_TIMEOUT_MS,
    });
  });

  it.each([
    [{ NEWSGRAPH_LLM_BASE_URL: 'http://localhost:8080/v1' }, /NEWSGRAPH_LLM_MODEL/u],
    [{ NEWSGRAPH_LLM_BASE_URL: 'not a url', NEWSGRAPH_LLM_MODEL: 'm' }, /is not a URL/u],
    [{ NEWSGRAPH_LLM_BASE_URL: 'ftp://x/v1', NEWSGRAPH_LLM_MODEL: 'm' }, /http:\/\/ or https:\/\//u],
    [
      { NEWSGRAPH_LLM_BASE_URL: 'http://x/v1', NEWSGRAPH_LLM_MODEL: 'm', NEWSGRAPH_LLM_TIMEOUT_MS: '-5' },
      /NEWSGRAPH_LLM_TIMEOUT_MS/u,
    ],
  ])('refuses a wrong setting at start: %o', (env, message) => {
    expect(() => resolveLlmConfig(env)).toThrow(ConfigError);
    expect(() => resolveLlmConfig(env)).toThrow(message);
  });
});
