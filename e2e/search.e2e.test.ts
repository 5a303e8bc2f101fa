import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SENTENCES_QUERY } from '@/app/lib/queries';
import type { SentencesResult } from '@/app/lib/queries';
import { LIMITS } from '@/graph/limits';
import { launchChromium, saveArtifact, waitForDrawnGraph } from './browser';
import { selectedIds } from './canvas';

/**
 * The explorer's search box in a real browser over the seed: names found the ways people type them, the
 * sentences mode (a word of the articles → its sentence, its entities drawn, its place in the article),
 * and the box's length limit.
 */

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await page?.close();
});

async function openExplorer(): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(inject('baseUrl'));
  await waitForDrawnGraph(page);
  return page;
}

/** What the API answers for a sentence search, as the search box asks it. */
async function sentencesFor(query: string): Promise<SentencesResult['sentences']> {
  const response = await fetch(`${inject('baseUrl')}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SENTENCES_QUERY, variables: { query, first: 8 } }),
  });
  const body = (await response.json()) as { data?: SentencesResult };
  if (!response.ok || body.data === undefined) throw new Error(`sentences(${query}): ${response.status}`);
  return body.data.sentences;
}

describe('Search box', () => {
  it('finds names the ways people type them: a typo, the words in another order, initials', async () => {
    const p = await openExplorer();
    const search = p.getByRole('combobox', { name: 'Search entities' });
    for (const [typed, name] of [
      ['bukelle', 'Nayib Bukele'],
      ['clinton hillary', 'Hillary Clinton'],
      ['H. Clinton', 'Hillary Clinton'],
    ] as const) {
      await search.fill(typed);
      await expect.poll(() => p.getByRole('option').first().innerText(), { message: typed }).toContain(name);
    }
  });

  it('holds at most the API’s query length, so a long paste never shows the API’s refusal', async () => {
    const p = await openExplorer();
    const search = p.getByRole('combobox', { name: 'Search entities' });
    expect(await search.getAttribute('maxlength')).toBe(String(LIMITS.maxSearchQueryLength));
    await search.focus();
    await p.keyboard.insertText(`Bukele ${'x'.repeat(4_993)}`);
    expect((await search.inputValue()).length).toBe(LIMITS.maxSearchQueryLength);
    await expect
      .poll(() => p.getByRole('search').getByRole('status').innerText())
      .toMatch(/No entity matches/);
    expect(await p.locator('body').innerText()).not.toMatch(/the limit is \d+ characters|search\(query:\)/);
  });

  it('finds a word in the articles’ sentences, draws the sentence’s entities and leads to it in its article', async () => {
    const [expected] = await sentencesFor('torture');
    if (expected === undefined) throw new Error('the seed has no sentence with “torture”');
    expect(expected.entities.length).toBeGreaterThan(0);

    const p = await openExplorer();
    await p.getByRole('button', { name: 'Sentences', exact: true }).click();
    const search = p.getByRole('combobox', { name: 'Search sentences' });
    await search.fill('torture');
    const option = p.getByRole('option').first();
    await expect.poll(() => option.innerText()).toContain(expected.sentence.slice(0, 40));
    await saveArtifact(p, 'search-sentences');
    await search.press('ArrowDown');
    await search.press('Enter');

    const card = p.getByTestId('sentence-card');
    await expect.poll(() => card.innerText()).toContain(expected.document.title);
    const entityIds = expected.entities.map((e) => e.id).sort();
    await expect.poll(async () => (await selectedIds(p)).sort()).toEqual(entityIds);

    await card.getByTestId('sentence-link').click();
    await p.waitForURL(new RegExp(`/documents/${expected.documentId}#s-\\d+-\\d+$`));
    const anchor = decodeURIComponent(new URL(p.url()).hash.slice(1));
    const target = p.locator(`[id="${anchor}"]`);
    await expect.poll(() => target.count()).toBe(1);
    expect(expected.sentence).toContain(await target.innerText());
    expect(await p.getByTestId('sentence-missing').count()).toBe(0);
  });
});
