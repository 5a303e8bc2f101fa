import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerSession } from './explorer-session';

/**
 * Errors speak to people (issue 14, seen 4): whatever goes wrong, the page says it in plain words, never
 * the API's own text (written for developers: "neighborhood(limit:): 99999 is out of range …"), and
 * offers only the action that can help: Retry where asking again can pass, a countdown on a rate limit,
 * no Retry for a request the server will refuse again.
 *
 * The refusals come from the real server: the test changes the variables of the page's own request on
 * its way out. What only something between the page and the server can do (a proxy's 429 or 504 page, a
 * network that is down) is played by Playwright's routing, as that outside party.
 */

const { openExplorer } = explorerSession();

/** Answers every request of the GraphQL operation `operation` with `handle`. */
async function onOperation(p: Page, operation: string, handle: (route: Route) => Promise<void>) {
  await p.route('**/api/graphql', async (route) => {
    if (route.request().postData()?.includes(`query ${operation}(`)) await handle(route);
    else await route.fallback();
  });
}

/** Picks "Nayib Bukele" from the search: the page expands it (the Expand operation). */
async function chooseBukele(p: Page): Promise<void> {
  const search = p.getByRole('combobox', { name: 'Search entities' });
  await search.fill('bukele');
  await p.getByRole('option').first().waitFor();
  await search.press('ArrowDown');
  await search.press('Enter');
}

/** What the page shows, as text: the API's words must not be in it. */
async function expectNoApiText(p: Page): Promise<void> {
  const text = await p.locator('.app').innerText();
  expect(text).not.toMatch(/\w+\(\w+:\)|out of range; use|is over the limit|GraphQL response|HTTP \d{3}/);
}

describe('the explorer’s errors', () => {
  it('says a request the server refuses in plain words, without its text and without a Retry', async () => {
    const p = await openExplorer();
    // The page's own expansion, asking for more than the API allows: the real server refuses it.
    await onOperation(p, 'Expand', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { variables: Record<string, unknown> };
      body.variables.limit = 99_999;
      await route.fallback({ postData: JSON.stringify(body) });
    });
    await chooseBukele(p);

    const banner = p.getByTestId('status-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-code')).toBe('BAD_USER_INPUT');
    expect(await banner.innerText()).toContain('Could not expand Nayib Bukele');
    await expectNoApiText(p);
    // The same request would be refused again: no Retry, only Dismiss.
    expect(await banner.getByRole('button', { name: /Retry/ }).count()).toBe(0);
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'detached' });
  });

  it('counts down the wait a rate limit names before it offers Retry', async () => {
    const p = await openExplorer();
    // A proxy's 429 page, with the wait in Retry-After.
    await onOperation(p, 'Expand', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '30', 'content-type': 'text/html' },
        body: '<html><body>429 Too Many Requests</body></html>',
      }),
    );
    await chooseBukele(p);

    const banner = p.getByTestId('status-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-code')).toBe('RATE_LIMITED');
    expect(await banner.innerText()).toContain('Too many requests: retry in 30 s.');
    const retry = banner.getByRole('button', { name: /^Retry in \d+ s$/ });
    expect(await retry.isDisabled()).toBe(true);
    await expectNoApiText(p);
  });

  it('offers Retry when the server took too long, and when the network is down, and the retry works', async () => {
    const p = await openExplorer();
    await onOperation(p, 'Expand', (route) =>
      route.fulfill({ status: 504, contentType: 'text/html', body: '<html>504 Gateway Time-out</html>' }),
    );
    await chooseBukele(p);
    const banner = p.getByTestId('status-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-code')).toBe('TIMEOUT');
    expect(await banner.innerText()).toContain('Could not expand Nayib Bukele: the server took too long.');
    await expectNoApiText(p);

    // Now the network is down.
    await p.unrouteAll();
    await onOperation(p, 'Expand', (route) => route.abort('internetdisconnected'));
    await banner.getByRole('button', { name: 'Retry', exact: true }).click();
    await expect.poll(() => banner.getAttribute('data-code')).toBe('NETWORK_ERROR');
    expect(await banner.innerText()).toContain('The newsgraph server is not answering.');

    // And back: the Retry the banner offers does what was asked.
    await p.unrouteAll();
    await banner.getByRole('button', { name: 'Retry', exact: true }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => p.getByTestId('details-title').innerText()).toBe('Nayib Bukele');
  });

  it('keeps a pasted text within the API’s limit in the path finder’s pickers instead of failing', async () => {
    const p = await openExplorer();
    await p.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Find path' }).click();
    const from = p
      .getByRole('region', { name: 'Path finder' })
      .getByRole('combobox', { name: 'From', exact: true });
    await from.focus();
    await p.keyboard.insertText('Bukele '.repeat(800));
    // The box holds what the API takes (200 characters, graph/arguments.ts), and says nothing raw.
    expect((await from.inputValue()).length).toBe(200);
    // The lookup has answered (no entity matches, or a refusal) before the page is read.
    await p
      .getByRole('status')
      .filter({ hasText: /No entity matches|failed|Could not/ })
      .waitFor({ state: 'attached' });
    await expectNoApiText(p);
  });
});
