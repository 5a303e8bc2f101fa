import { ConfigError } from '../../environment';
import type { LlmSettings } from '../draft';

export const DEFAULT_LLM_TIMEOUT_MS = 60_000;

/**
 * The optional LLM extractor's settings from the environment: NEWSGRAPH_LLM_BASE_URL (an OpenAI-compatible
 * API root, e.g. http://localhost:11434/v1 for Ollama), NEWSGRAPH_LLM_MODEL, NEWSGRAPH_LLM_API_KEY
 * (optional) and NEWSGRAPH_LLM_TIMEOUT_MS. Null when no base URL is set; a ConfigError for a half or
 * wrong setting.
 */
export function resolveLlmConfig(env: Record<string, string | undefined> = process.env): LlmSettings | null {
  const baseUrl = env.NEWSGRAPH_LLM_BASE_URL?.trim();
  if (baseUrl === undefined || baseUrl === '') return null;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigError(
      `NEWSGRAPH_LLM_BASE_URL ${JSON.stringify(baseUrl)} is not a URL (e.g. http://localhost:11434/v1).`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`NEWSGRAPH_LLM_BASE_URL must be http:// or https://, not ${url.protocol}`);
  }
  const model = env.NEWSGRAPH_LLM_MODEL?.trim();
  if (model === undefined || model === '') {
    throw new ConfigError('NEWSGRAPH_LLM_MODEL must name the model when NEWSGRAPH_LLM_BASE_URL is set.');
  }
  const rawTimeout = env.NEWSGRAPH_LLM_TIMEOUT_MS;
  const timeoutMs =
    rawTimeout === undefined || rawTimeout === '' ? DEFAULT_LLM_TIMEOUT_MS : Number(rawTimeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new ConfigError(
      `NEWSGRAPH_LLM_TIMEOUT_MS must be a positive whole number of milliseconds, not ${JSON.stringify(rawTimeout)}.`,
    );
  }
  const apiKey = env.NEWSGRAPH_LLM_API_KEY?.trim();
  return {
    baseUrl: baseUrl.replace(/\/+$/u, ''),
    model,
    apiKey: apiKey === undefined || apiKey === '' ? null : apiKey,
    timeoutMs,
  };
}
