import type { Page } from 'playwright-core';

/**
 * Signing the e2e tests in: through the real sign-in route, so the browser (or a fetch) carries a real
 * session cookie. Tests that write (imports) need an editor's session.
 */

export interface Credentials {
  name: string;
  password: string;
}

/** Signs the page's browser context in (Playwright's page.request shares the context's cookies). */
export async function signInPage(page: Page, baseUrl: string, who: Credentials): Promise<void> {
  const response = await page.request.post(`${baseUrl}/api/auth/signin`, {
    data: who,
    headers: { 'x-newsgraph-csrf': '1' },
  });
  if (!response.ok()) throw new Error(`sign-in of ${who.name} answered ${response.status()}`);
}

/** The `cookie` header of a new session for `who`, for fetch-based requests. */
export async function sessionCookie(baseUrl: string, who: Credentials): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsgraph-csrf': '1' },
    body: JSON.stringify(who),
  });
  if (!response.ok) throw new Error(`sign-in of ${who.name} answered ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
