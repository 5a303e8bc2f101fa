import { ConfigError } from '../environment';

/** The largest article file `npm run ingest` reads, unless NEWSGRAPH_MAX_ARTICLE_BYTES says otherwise. */
const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface IngestLimits {
  maxArticleBytes: number;
}

/** Reads the limits from the environment; a value that is not a positive integer fails at start. */
export function resolveIngestLimits(env: NodeJS.ProcessEnv = process.env): IngestLimits {
  const raw = env.NEWSGRAPH_MAX_ARTICLE_BYTES;
  if (raw === undefined || raw === '') return { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES };
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(
      `NEWSGRAPH_MAX_ARTICLE_BYTES must be a positive whole number of bytes, not ${JSON.stringify(raw)}.`,
    );
  }
  return { maxArticleBytes: value };
}
