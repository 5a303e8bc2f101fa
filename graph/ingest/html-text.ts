import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'TABLE',
  'TR',
  'FIGCAPTION',
  'HEADER',
  'FOOTER',
]);
const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'OBJECT',
  'EMBED',
  'FORM',
  'BUTTON',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM tree with one paragraph per line: blocks end a line, scripts and styles are dropped. */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/gu, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    if (DROPPED.has(node.nodeName)) return;
    if (node.nodeName === 'BR') parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i += 1) walk(node.childNodes[i] as DomNode);
    if (BLOCKS.has(node.nodeName)) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * An HTML page reduced to its article's readable text with Mozilla's Readability (what Firefox's reader
 * view uses) on a linkedom DOM: navigation, scripts, trackers and boilerplate go, paragraphs stay one per
 * line. When Readability finds no article, the body's text without scripts and styles is used.
 */
export function htmlToText(html: string): { title: string | null; text: string } {
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  let article: { title?: string | null; content?: string | null } | null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    // Readability gives up on some malformed pages; the body's text is used instead.
    article = null;
  }
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = blockText(content.body as unknown as DomNode);
    if (text !== '') return { title: article.title?.trim() || pageTitle, text };
  }
  const { document: fallback } = parseHTML(html);
  return { title: pageTitle, text: blockText((fallback.body ?? fallback) as unknown as DomNode) };
}
