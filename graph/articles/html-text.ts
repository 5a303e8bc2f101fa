import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ArticleRejectedError } from './errors';

/** Past this share of the page's bytes in scripts, the page is an app shell or a tracker farm, not an article. */
const MAX_SCRIPT_SHARE = 0.5;

/**
 * An HTML page reduced to its article's readable text, with Mozilla's Readability (Firefox's Reader View)
 * on linkedom's DOM: navigation, ads, scripts and styles go, paragraphs stay, one per line. A page that is
 * mostly scripts is refused: what it shows is built by code we will not run.
 */
export function htmlToArticleText(html: string, name: string): { title: string | null; text: string } {
  const scriptBytes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)].reduce(
    (sum, match) => sum + match[0].length,
    0,
  );
  if (html.length > 0 && scriptBytes / html.length > MAX_SCRIPT_SHARE) {
    throw new ArticleRejectedError(
      'SCRIPT_LADEN',
      `${name} is mostly scripts (${Math.round((100 * scriptBytes) / html.length)} % of it), so its text cannot be read without running them. Open the article in a browser, copy its text and paste it instead.`,
    );
  }
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = paragraphs(article?.content ?? '') || (article?.textContent ?? '').trim();
  if (text === '') {
    throw new ArticleRejectedError(
      'NO_ARTICLE_TEXT',
      `${name} holds no article text that could be found. Copy the article's text from the page and paste it instead.`,
    );
  }
  return { title: article?.title?.trim() || null, text };
}

/** The article's blocks, one per line, whitespace inside each collapsed. */
function paragraphs(content: string): string {
  if (content === '') return '';
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre')]
    .filter((el) => el.querySelector('p, li, blockquote') === null)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  return blocks.join('\n');
}
