import { francAll } from 'franc-min';
import { ArticleRejectedError } from './errors';

/** The extractor's lexicons and tagger read English: ISO 639-3 `eng`. */
const ARTICLE_LANGUAGE = 'eng';

/** English counts as likely when its score is at least this share of the best language's. */
const CLOSE_ENOUGH = 0.9;

/**
 * Refuses text that is not in English, with franc (trigram language identification). Too little text
 * to tell is let through: the reviewer sees it anyway. Only the first 20,000 characters are read.
 */
export function assertEnglish(text: string): void {
  const sample = text.slice(0, 20_000);
  const ranked = francAll(sample, { minLength: 40 });
  const [best] = ranked;
  if (best === undefined || best[0] === 'und' || best[0] === ARTICLE_LANGUAGE) return;
  const english = ranked.find(([code]) => code === ARTICLE_LANGUAGE);
  if (english !== undefined && english[1] >= CLOSE_ENOUGH * best[1]) return;
  throw new ArticleRejectedError(
    'LANGUAGE',
    `The article looks like it is not in English (language code ${best[0]}). The extractor reads English only: add an English version of the article instead.`,
  );
}
