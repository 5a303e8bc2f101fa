import { z } from 'zod';
import { ConfigError } from '../config';

/** The largest article accepted, in bytes of the file or pasted text: 1 MB, some 150,000 words. */
export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

const schema = z.coerce
  .number()
  .int()
  .min(1024)
  .max(50 * 1024 * 1024);

/** NEWSGRAPH_MAX_ARTICLE_BYTES, validated; the default when unset. */
export function resolveMaxArticleBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NEWSGRAPH_MAX_ARTICLE_BYTES;
  if (raw === undefined || raw === '') return DEFAULT_MAX_ARTICLE_BYTES;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      'Configuration: NEWSGRAPH_MAX_ARTICLE_BYTES must be a whole number of bytes from 1024 to 52428800.',
    );
  }
  return parsed.data;
}
