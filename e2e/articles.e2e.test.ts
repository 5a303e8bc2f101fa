import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPublishedAt } from '@/app/documents/article-meta';
import { addAccount } from '@/graph/accounts/accounts';
import { loadBundleFile } from '@/graph/bundle/load-bundles';
import { FileAccountStore } from '@/graph/accounts/file-account-store';
import { auditAccessibility, seriousViolations } from './accessibility';
import { launchChromium, ROOT, saveArtifact } from './browser';
import { shareLink } from './explorer-steps';
import { freePort, run, startNext } from './server';
import type { RunningServer } from './server';

/**
 * Adding an article through the review screen, in Chromium, against a server of its own over a freshly
 * seeded embedded store with one editor account: bad input refused with a message and nothing stored;
 * then a second article about the seed story pasted, reviewed (reject, accept above a confidence, add a
 * relation from a picked sentence), accepted, and Bukele, CECOT and the Trump administration found to be
 * the seed's own nodes with evidence from both articles. The article is a held-out file of the
 * extraction's gold set; expectations come from the seed bundle and that file, not from the page.
 */

const EDITOR = { name: 'e2e-editor', password: 'a long enough password' };
const FOLLOW_UP = path.join(ROOT, 'graph/data/eval/held-out/cecot-followup.txt');
const SEED_DOCUMENT = 'cecot-bukele-clinton';
const SEED_BUNDLE = path.join(ROOT, 'graph/data/bundles/cecot-bukele-clinton.json');

let dataDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-e2e-articles-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    NEWSGRAPH_DATA_DIR: dataDir,
  };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete env[name];
  await run('npx', ['tsx', 'scripts/seed.ts', '--reset'], env, ROOT);
  const accounts = await FileAccountStore.open(dataDir);
  await addAccount(accounts, EDITOR.name, 'editor', EDITOR.password);
  server = await startNext({ cwd: ROOT, port: await freePort(), env, readyStatuses: [200] });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  page = await context.newPage();
  const signIn = await page.request.post(`${server.url}/api/auth/signin`, {
    headers: { 'x-newsgraph-csrf': '1' },
    data: EDITOR,
  });
  expect(signIn.status()).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

/** Reads the graph through the app's own GraphQL API. */
async function graphql<T>(query: string): Promise<T> {
  const response = await page.request.post(`${server.url}/api/graphql`, { data: { query } });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function documentsOf(entityId: string): Promise<string[]> {
  const data = await graphql<{ entity: { evidence: { documentId: string }[] } | null }>(
    `{ entity(id: "${entityId}") { evidence { documentId } } }`,
  );
  return [...new Set(data.entity?.evidence.map((e) => e.documentId))].sort();
}

async function submitArticle(fields: { title?: string; source?: string; date?: string; text: string }) {
  await page.goto(`${server.url}/articles/new`);
  if (fields.title !== undefined) await page.getByLabel('Title').fill(fields.title);
  if (fields.source !== undefined) await page.getByLabel('Source address').fill(fields.source);
  if (fields.date !== undefined) await page.getByLabel('Publication date').fill(fields.date);
  await page.getByTestId('article-text-input').fill(fields.text);
  await page.getByRole('button', { name: 'Read the article' }).click();
}

describe('Adding an article', () => {
  it('refuses an article already in the graph, or not in English, saying why, and stores nothing', async () => {
    const seedText = await readFile(path.join(ROOT, 'graph/data/documents/cecot-bukele-clinton.txt'), 'utf8');
    await submitArticle({ text: seedText });
    await expect.poll(() => page.getByTestId('article-error').textContent()).toMatch(/already in the graph/);

    await submitArticle({
      text: 'El presidente Nayib Bukele dijo el martes que la cárcel seguirá abierta a los inspectores extranjeros y que el gobierno no tiene nada que ocultar.',
    });
    await expect.poll(() => page.getByTestId('article-error').textContent()).toMatch(/not in English/);

    await page.goto(`${server.url}/articles`);
    expect(await page.getByTestId('drafts-index').textContent()).toContain('No draft yet.');
  });

  it('pastes a second article about the seed story, reviews it and adds it: the seed’s nodes gain its evidence', async () => {
    const text = await readFile(FOLLOW_UP, 'utf8');
    await submitArticle({
      title: 'CECOT segment still unaired',
      source: 'https://example.org/cecot-follow-up',
      date: '2026-03-20',
      text,
    });
    await page.waitForURL(/\/articles\/drafts\/draft-/);
    const review = page.getByTestId('review-screen');
    await review.waitFor();

    // Entities the seed holds are proposed as the seed's own nodes, marked as such.
    const bukele = page.locator('[data-testid="entity-proposal"][data-entity-id="nayib-bukele"]');
    expect(await bukele.textContent()).toContain('in the graph');
    expect(await page.locator('mark[data-entity-id="cecot"]').count()).toBeGreaterThan(0);

    // Nothing is accepted until a person says so.
    expect(await page.getByTestId('accept-summary').textContent()).toMatch(/^0 entities and 0 relations/);

    // Reject one proposal, then accept the rest above 60 %.
    const marroquinLeads = page.locator(
      '[data-testid="relation-proposal"][data-relation-id="elena-marroquin-leads-more-than-100-venezuelan-men"]',
    );
    await marroquinLeads.getByRole('button', { name: 'Reject' }).click();
    await page.getByLabel('Accept every undecided proposal at or above').fill('60');
    await page.getByRole('button', { name: 'Accept all above' }).click();
    expect(await marroquinLeads.getByRole('button', { name: 'Reject' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await bukele.getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true');

    // Add a relation the extractor missed, from a picked sentence.
    await page
      .locator('.draft-sentence', { hasText: 'Bukele made the offer in a reply to Hillary Clinton' })
      .click();
    expect(await page.getByTestId('picked-sentence').textContent()).toContain('Bukele made the offer');
    const add = page.locator('.add-relation');
    await add.getByLabel('From').selectOption('nayib-bukele');
    await add.getByLabel('Type').fill('REPLIED_TO');
    await add.getByLabel('To').selectOption('hillary-clinton');
    // Three saves so far (a reject, accept-all-above, the add): the add is saved at revision 3.
    await add.getByRole('button', { name: 'Add relation' }).click();
    expect(await page.getByTestId('added-relation').count()).toBe(1);
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-revision')).toBe('3');
    expect(await page.getByTestId('save-state').textContent()).toBe('All decisions saved');

    // The decisions are the server's: a reload shows them.
    await page.reload();
    await review.waitFor();
    expect(await marroquinLeads.getByRole('button', { name: 'Reject' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.getByTestId('added-relation').count()).toBe(1);
    // Merge an accepted proposal with Bukele's, then undo it; then with an entity of the graph found by
    // name, and undo that too: each proposal comes back as it was, every sentence still its own.
    const other = page
      .getByTestId('entity-proposal')
      .filter({ has: page.getByRole('button', { name: 'Accept', pressed: true }) })
      .filter({ hasNot: page.getByText('in the graph', { exact: true }) })
      .first();
    const otherId = (await other.getAttribute('data-entity-id')) ?? '';
    const marksBefore = await page.locator(`mark[data-entity-id="${otherId}"]`).count();
    await other.getByText('Edit', { exact: true }).click();
    await other.getByLabel('Merge with another proposal').selectOption('nayib-bukele');
    await expect
      .poll(() => other.getByTestId('merge-state').textContent())
      .toContain('merged with Nayib Bukele');
    expect(await bukele.getByTestId('merged-here').count()).toBe(1);
    await other.getByRole('button', { name: 'Undo merge' }).click();
    expect(await other.getByTestId('merge-state').count()).toBe(0);
    expect(await bukele.getByTestId('merged-here').count()).toBe(0);
    await other.getByTestId('merge-into-graph').fill('Hillary');
    await expect
      .poll(() =>
        other
          .locator(`#merge-options-${otherId} option`)
          .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
      )
      .toContain('Hillary Clinton');
    await other.getByTestId('merge-into-graph').fill('Hillary Clinton');
    await expect
      .poll(() => other.getByTestId('merge-state').textContent())
      .toContain('same as Hillary Clinton');
    await other.getByRole('button', { name: 'Undo merge' }).click();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('All decisions saved');
    await page.reload();
    await review.waitFor();
    expect(await page.getByTestId('merge-state').count()).toBe(0);
    expect(await page.locator(`mark[data-entity-id="${otherId}"]`).count()).toBe(marksBefore);
    expect(await other.getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true');

    const violations = seriousViolations(await auditAccessibility(page));
    expect(violations).toEqual([]);
    await saveArtifact(page, 'article-review');

    await page.getByRole('button', { name: 'Add to the graph' }).click();
    await page.getByTestId('accepted').waitFor();

    for (const id of ['nayib-bukele', 'cecot', 'trump-administration']) {
      expect([id, await documentsOf(id)]).toEqual([id, [SEED_DOCUMENT, 'cecot-segment-still-unaired']]);
    }
    // Still one Bukele: the article's mentions went to the seed's node, not to a new one.
    const search = await graphql<{ search: { id: string; type: string }[] }>(
      '{ search(query: "Bukele", first: 100) { id type } }',
    );
    expect(search.search.filter((e) => e.type === 'Person').map((e) => e.id)).toEqual(['nayib-bukele']);
    // The reply the reviewer added joined the seed's REPLIED_TO: one relation, two articles' sentences.
    const replies = await graphql<{
      entity: { relations: { id: string; evidence: { documentId: string; sentence: string }[] }[] };
    }>(
      '{ entity(id: "nayib-bukele") { relations(types: ["REPLIED_TO"]) { id evidence { documentId sentence } } } }',
    );
    expect(replies.entity.relations.map((r) => r.id)).toEqual(['bukele-replied-to-clinton']);
    const seedReply = (await loadBundleFile(SEED_BUNDLE)).relations.find(
      (r) => r.id === 'bukele-replied-to-clinton',
    );
    expect(replies.entity.relations[0]?.evidence).toEqual([
      ...(seedReply?.evidence ?? []).map(({ documentId, sentence }) => ({ documentId, sentence })),
      {
        documentId: 'cecot-segment-still-unaired',
        sentence:
          'Bukele made the offer in a reply to Hillary Clinton, who had criticized conditions at the prison.',
      },
    ]);

    // Each sentence is one click away: the new article's page links Bukele to the explorer.
    await page.getByRole('link', { name: 'Read the article with its evidence' }).click();
    await page.getByTestId('document-page').waitFor();
    expect(await page.getByTestId('article-title').textContent()).toBe('CECOT segment still unaired');
  });

  it('lists both articles with their dates and counts, narrows them by date, and groups Bukele’s sentences by article', async () => {
    await page.goto(`${server.url}/documents`);
    const items = page.getByTestId('documents-item');
    expect(await items.count()).toBe(2);
    const added = page.locator(
      '[data-testid="documents-item"][data-document-id="cecot-segment-still-unaired"]',
    );
    expect(await added.textContent()).toContain(formatPublishedAt('2026-03-20'));
    expect(await added.textContent()).toMatch(/\d+ entities · \d+ relations/);

    await page.getByLabel('Published from').fill('2026-03-01');
    await page.getByLabel('to', { exact: true }).fill('2026-03-31');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/from=2026-03-01/);
    expect(await page.getByTestId('documents-item').count()).toBe(1);
    expect(await page.getByTestId('filter-summary').textContent()).toContain('1 of 2 articles');

    await page.goto(`${server.url}/?e=nayib-bukele,cecot&sel=nayib-bukele`);
    const articles = page.getByTestId('mention-article');
    await expect.poll(() => articles.count()).toBe(2);
    expect(await page.getByTestId('mention-article-count').textContent()).toBe('2 articles');
    await expect
      .poll(() => articles.locator('h4 a').allTextContents())
      .toEqual(expect.arrayContaining(['CECOT segment still unaired']));

    // Each sentence is one click away: from the new article's group, straight to that sentence in it.
    const group = page.locator(
      '[data-testid="mention-article"][data-document-id="cecot-segment-still-unaired"]',
    );
    const quoted = await group.getByTestId('evidence-sentence').first().innerText();
    const read = group.getByTestId('read-in-article').first();
    const href = (await read.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/documents\/cecot-segment-still-unaired\?about=nayib-bukele#s-\d+-\d+$/);
    await read.click();
    await page.waitForURL(/\/documents\/cecot-segment-still-unaired/);
    expect(await page.locator(`[id="${href.split('#')[1] ?? ''}"]`).innerText()).toBe(quoted);
  });

  it('filters the canvas by article and by date, and the shared link keeps the filter', async () => {
    const ADDED = 'cecot-segment-still-unaired';
    const ids = [
      'nayib-bukele',
      'cecot',
      'trump-administration',
      'hillary-clinton',
      'government-of-el-salvador',
    ];
    // What to expect comes from the graph through the API: which relations each article supports.
    const { subgraph } = await graphql<{
      subgraph: { edges: { id: string; evidence: { documentId: string }[] }[] };
    }>(`{ subgraph(ids: ${JSON.stringify(ids)}) { edges { id evidence { documentId } } } }`);
    const all = subgraph.edges.map((e) => e.id).sort();
    const fromAdded = subgraph.edges
      .filter((e) => e.evidence.some((x) => x.documentId === ADDED))
      .map((e) => e.id)
      .sort();
    expect(fromAdded.length).toBeGreaterThan(0);
    expect(fromAdded.length).toBeLessThan(all.length);

    await page.goto(`${server.url}/?e=${ids.join(',')}`);
    const drawn = () =>
      page.evaluate(
        () =>
          window.__newsgraphCy
            ?.edges()
            .map((e) => e.id())
            .sort() ?? [],
      );
    await expect.poll(drawn).toEqual(all);
    const filter = page.getByTestId('article-filter');
    await filter.locator('summary').click();
    const seedToggle = filter.locator(`[data-testid="article-toggle"][data-document-id="${SEED_DOCUMENT}"]`);
    expect(await filter.getByTestId('article-toggle').count()).toBe(2);
    await seedToggle.click();
    await expect.poll(drawn).toEqual(fromAdded);
    expect(await seedToggle.getAttribute('aria-pressed')).toBe('false');

    // The link carries the filter: opened afresh, it draws the same relations under the same filter.
    const link = await shareLink(page);
    expect(new URL(link).searchParams.get('xa')).toBe(SEED_DOCUMENT);
    await page.goto(link);
    await expect.poll(drawn).toEqual(fromAdded);
    await page.getByTestId('article-filter-reset').click();
    await expect.poll(drawn).toEqual(all);

    // The seed article has no date: a date range leaves it out, as the article list does.
    await page.getByTestId('article-date-from').fill('2026-03-01');
    await expect.poll(drawn).toEqual(fromAdded);
    await page.getByTestId('article-date-from').fill('2026-03-21');
    await expect.poll(drawn).toEqual([]);
    expect(new URL(await shareLink(page)).searchParams.get('from')).toBe('2026-03-21');
    const violations = seriousViolations(await auditAccessibility(page));
    expect(violations).toEqual([]);
  });

  it('refuses the same article a second time, now that it is in the graph', async () => {
    await submitArticle({
      source: 'https://example.org/cecot-follow-up',
      text: 'A different text entirely, about other things in the news today.',
    });
    await expect.poll(() => page.getByTestId('article-error').textContent()).toMatch(/already in the graph/);
  });
});
