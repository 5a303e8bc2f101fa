import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentHref, sentenceAnchor } from '@/app/lib/document-link';
import { auditAccessibility, seriousViolations } from './accessibility';
import { launchChromium, saveArtifact, waitForDrawnGraph } from './browser';
import { selectedIds } from './canvas';
import type { SeedArticle } from './documents-seed';
import { hostileBundle, HOSTILE, importBundle, seedArticles } from './documents-seed';

/**
 * The document view (`/documents/<id>`), driven in Chromium: the article with every evidence sentence of
 * the seed marked, fragments that land on a sentence, names that open the explorer, the way from an edge
 * of the explorer to its sentence, a 404, a store that is down, hostile text rendered inert, and an axe
 * audit. Expectations come from the seed bundles on disk, not from the page.
 */

const [article] = seedArticles();
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(options: { javaScript?: boolean; height?: number } = {}): Promise<Page> {
  // A context per test: the first one turns JavaScript off, which a context decides.
  context = await browser.newContext({
    viewport: { width: 1280, height: options.height ?? 800 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  return context.newPage();
}

function seedArticle(): SeedArticle {
  if (article === undefined) throw new Error('the seed bundles hold no article');
  return article;
}

/** The id of the element `:target` matches, or null. */
function targetId(p: Page): Promise<string | null> {
  return p.evaluate(() => document.querySelector(':target')?.id ?? null);
}

describe('Document view', () => {
  it('shows the article’s title and full text, with every evidence sentence marked, without client JavaScript', async () => {
    const seed = seedArticle();
    const p = await open({ javaScript: false });
    const response = await p.goto(`${inject('baseUrl')}${documentHref(seed.id)}`);
    expect(response?.status()).toBe(200);

    expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe(seed.title);
    // Every character of the article, paragraph by paragraph (blank lines are not paragraphs).
    const paragraphs = await p.getByTestId('article-text').locator('p').allTextContents();
    expect(paragraphs).toEqual(seed.text.split('\n').filter((line) => line.trim() !== ''));

    // Exactly the seed's evidence spans are marked, each holding its sentence.
    const marks = await p
      .getByTestId('article-text')
      .locator('mark')
      .evaluateAll((elements) => elements.map((el) => ({ id: el.id, text: el.textContent ?? '' })));
    expect(marks.map((m) => m.id).sort()).toEqual([...seed.evidence.keys()].sort());
    for (const mark of marks) expect(mark.text, mark.id).toBe(seed.evidence.get(mark.id));

    // The aside lists every relation the article supports, each with a link to its sentences on this page.
    const listed = await p
      .getByTestId('article-relations')
      .locator('[data-relation-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-relation-id')));
    expect(listed.sort()).toEqual([...seed.relationIds].sort());
    const sentenceLinks = await p
      .getByTestId('sentence-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of sentenceLinks) expect(seed.evidence.has(href?.slice(1) ?? ''), href ?? '').toBe(true);
    await saveArtifact(p, 'documents-1-article');
  });

  it('lands on the sentence a fragment names: scrolled into view, styled as the target and focused', async () => {
    const seed = seedArticle();
    // The last evidence sentence of the article, which a short window has to scroll to.
    const last = seed.spans.at(-1);
    if (last === undefined) throw new Error('the seed article has no evidence');
    const anchor = sentenceAnchor(last);
    const p = await open({ height: 500 });
    // A hydration mismatch or a script the Content-Security-Policy blocks would show up here.
    const consoleErrors: string[] = [];
    p.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await p.goto(`${inject('baseUrl')}${documentHref(seed.id, last)}`);

    expect(await targetId(p)).toBe(anchor);
    const sentence = p.locator(`[id="${anchor}"]`);
    expect(await sentence.textContent()).toBe(last.sentence);
    // The `:target` rule's own colour, which no other sentence has.
    expect(await sentence.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 210, 77)');
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe(anchor);
    await expect
      .poll(() =>
        sentence.evaluate((el) => {
          const box = el.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        }),
      )
      .toBe(true);
    await saveArtifact(p, 'document-view');

    // A sentence link in the aside moves the target and the focus to its sentence.
    const link = p.getByTestId('sentence-link').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expect.poll(() => targetId(p)).toBe(href.slice(1));
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe(href.slice(1));
    expect(consoleErrors).toEqual([]);
  });

  it('links a mentioned name to the explorer, which draws that entity with its neighbours and selects it', async () => {
    const seed = seedArticle();
    const p = await open();
    await p.goto(`${inject('baseUrl')}${documentHref(seed.id)}`);
    const mention = p.locator('a.entity-mention[data-entity-id="nayib-bukele"]').first();
    expect(await mention.getAttribute('href')).toMatch(/^\/\?e=nayib-bukele,[a-z0-9,-]+&sel=nayib-bukele$/);
    await mention.click();

    await p.waitForURL((url) => url.pathname === '/');
    await waitForDrawnGraph(p);
    await expect.poll(() => selectedIds(p)).toContain('nayib-bukele');
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('Nayib Bukele');
    // Not a lone node: his neighbours are drawn, joined to him, as choosing him in the search draws them.
    const drawn = await p.evaluate(() => {
      const cy = window.__newsgraphCy;
      const bukele = cy?.getElementById('nayib-bukele');
      return {
        others: (cy?.nodes().length ?? 1) - 1,
        joined: bukele?.neighborhood('node').length ?? 0,
      };
    });
    expect(drawn.others).toBeGreaterThan(0);
    expect(drawn.joined).toBe(drawn.others);

    // And back: the entity's last mention (a sentence that names him only as "he") opens at its sentence.
    const read = p.getByTestId('node-details').getByRole('link', { name: 'Read it in the article' }).last();
    const href = (await read.getAttribute('href')) ?? '';
    await read.click();
    await p.waitForURL((url) => url.pathname === documentHref(seed.id));
    await expect.poll(() => targetId(p)).toBe(href.split('#')[1]);

    // The article marks the sentences about him, not every evidence sentence; the rest on request.
    const marked = await p.getByTestId('evidence-mark').count();
    expect(marked).toBeGreaterThan(0);
    expect(await p.getByTestId('article-focus').innerText()).toContain('Nayib Bukele');
    await p
      .getByTestId('article-focus')
      .getByRole('link', { name: /^Mark all \d+$/ })
      .click();
    await p.waitForURL((url) => url.search === '');
    expect(await p.getByTestId('evidence-mark').count()).toBeGreaterThan(marked);
  });

  it('takes the reader from an edge in the explorer to its sentence in the article', async () => {
    const p = await open();
    await p.goto(inject('baseUrl'));
    await waitForDrawnGraph(p);
    const search = p.getByRole('combobox', { name: 'Search entities' });
    await search.fill('bukele');
    await p.getByRole('option', { name: /Nayib Bukele/ }).click();
    await p
      .getByTestId('relation-link')
      .filter({ hasText: 'SAID' })
      .filter({ hasText: 'Hillary Clinton' })
      .first()
      .click();
    const details = p.getByTestId('edge-details');
    await details.waitFor();
    const quoted = await details.getByTestId('evidence-sentence').first().innerText();
    const read = details.getByRole('link', { name: 'Read it in the article' }).first();
    const href = (await read.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/documents\/[a-z0-9-]+\?about=[a-z0-9-]+#s-\d+-\d+$/);

    await read.click();
    await p.waitForURL((url) => url.pathname.startsWith('/documents/'));
    const anchor = href.split('#')[1] ?? '';
    await expect.poll(() => targetId(p)).toBe(anchor);
    expect(await p.locator(`[id="${anchor}"]`).innerText()).toBe(quoted);
    await saveArtifact(p, 'documents-3-from-edge');
  });

  it('answers an unknown article with a 404 page', async () => {
    const p = await open();
    for (const id of ['no-such-article', 'Not%20A%20Slug']) {
      const response = await p.goto(`${inject('baseUrl')}/documents/${id}`);
      expect(response?.status(), id).toBe(404);
      expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe('No such article');
    }
  });

  it('lists the articles, each linking to its document view', async () => {
    const seed = seedArticle();
    const p = await open();
    await p.goto(`${inject('baseUrl')}/documents`);
    await p.getByRole('link', { name: seed.title }).click();
    await p.waitForURL((url) => url.pathname === documentHref(seed.id));
    expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe(seed.title);
  });

  it('says the graph store is unreachable instead of failing, when it is down', async () => {
    const p = await open();
    await p.goto(`${inject('unavailableUrl')}${documentHref(seedArticle().id)}`);
    await p.getByTestId('store-unavailable').waitFor();
    expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe('The graph store is unreachable');
    expect(await p.getByTestId('store-unavailable').getByRole('alert').innerText()).not.toBe('');
  });

  it('renders HTML and script in a title, a name or the text as inert text', async () => {
    const url = inject('writableUrl');
    await importBundle(url, hostileBundle());
    const p = await open();
    const dialogs: string[] = [];
    p.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await p.goto(`${url}${documentHref(HOSTILE.documentId)}`);

    expect(await p.getByRole('heading', { level: 1 }).innerText()).toBe(HOSTILE.title);
    const entity = p.getByTestId('article-entities').locator(`[data-entity-id="${HOSTILE.entityId}"]`);
    expect(await entity.innerText()).toBe(HOSTILE.name);
    expect(await p.getByTestId('article-text').innerText()).toContain(HOSTILE.name);
    // Nothing the data held became an element or ran.
    const view = p.getByTestId('document-page');
    expect(await view.locator('img, script, iframe, b, i').count()).toBe(0);
    expect(await view.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('passes an axe audit with no serious or critical violations: article, list and 404', async () => {
    const seed = seedArticle();
    const p = await open();
    const first = seed.spans[0];
    for (const path of [documentHref(seed.id, first), '/documents', '/documents/no-such-article']) {
      await p.goto(`${inject('baseUrl')}${path}`);
      const violations = seriousViolations(await auditAccessibility(p));
      expect(violations, `${path}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
  });
});
