import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as importRoute } from '@/app/api/import/route';
import { POST as graphqlRoute } from '@/app/api/graphql/route';
import { closeStore } from '@/app/server/store';
import { EmbeddedGraphStore } from '@/graph/embedded/embedded-store';
import { fixtureBundle } from '@/graph/bundle/fixtures';
import { addTestAccount, sessionFor } from './testing/accounts';
import { pageSignInRedirect } from './page-guard';

/**
 * The write guard on every write path there is today (POST /api/import; the article review's routes use
 * the same guardWrite): anonymous 401, reader 403, editor and admin 200, and nothing written when refused.
 * Real route handlers over a real embedded store and real accounts in a temporary directory.
 */

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-guard-'));
  for (const name of ['NEO4J_URI', 'NEWSGRAPH_READ_ACCESS', 'NEWSGRAPH_RATE_LIMIT_IMPORT'])
    vi.stubEnv(name, '');
  vi.stubEnv('NEWSGRAPH_DATA_DIR', dataDir);
  await addTestAccount(dataDir, 'rita', 'reader');
  await addTestAccount(dataDir, 'nora', 'editor');
  await addTestAccount(dataDir, 'ada', 'admin');
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

function importRequest(headers: Record<string, string>): Request {
  const form = new FormData();
  form.append('file', new Blob([JSON.stringify(fixtureBundle())]), 'wire.json');
  return new Request('http://localhost/api/import', { method: 'POST', body: form, headers });
}

async function storeState() {
  const store = await EmbeddedGraphStore.open(dataDir);
  try {
    return { stats: await store.stats(), changes: await store.changes() };
  } finally {
    await store.close();
  }
}

describe('the write guard on POST /api/import', () => {
  it('answers an anonymous import 401 UNAUTHENTICATED, saying how to sign in, and writes nothing', async () => {
    const response = await importRoute(importRequest({ 'x-newsgraph-csrf': '1' }));
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UNAUTHENTICATED');
    expect(body.error.message).toContain('/signin');
    expect((await storeState()).stats.entityCount).toBe(0);
  });

  it('answers a reader 403 FORBIDDEN, naming who can grant access, and writes nothing', async () => {
    const cookie = await sessionFor('rita');
    const response = await importRoute(importRequest({ 'x-newsgraph-csrf': '1', cookie }));
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'FORBIDDEN' });
    expect(body.error.message).toContain('npm run user -- role rita editor');
    expect((await storeState()).stats.entityCount).toBe(0);
  });

  it.each(['nora', 'ada'])(
    'lets %s (editor, admin) import, and records who, from which file, in the audit trail',
    async (name) => {
      const cookie = await sessionFor(name);
      const response = await importRoute(importRequest({ 'x-newsgraph-csrf': '1', cookie }));
      expect(response.status).toBe(200);
      const { stats, changes } = await storeState();
      expect(stats.entityCount).toBe(fixtureBundle().entities.length);
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({ actor: name, source: { kind: 'import', files: ['wire.json'] } });
    },
  );

  it('refuses an editor’s import without the CSRF header (403) and writes nothing', async () => {
    const cookie = await sessionFor('nora');
    const response = await importRoute(importRequest({ cookie }));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      'x-newsgraph-csrf',
    );
    expect((await storeState()).stats.entityCount).toBe(0);
  });

  it('refuses a forged or damaged session cookie as anonymous', async () => {
    const cookie = await sessionFor('nora');
    const forged = `${cookie.slice(0, -4)}AAAA`;
    const response = await importRoute(importRequest({ 'x-newsgraph-csrf': '1', cookie: forged }));
    expect(response.status).toBe(401);
  });
});

describe('NEWSGRAPH_READ_ACCESS=login', () => {
  const query = () =>
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      body: JSON.stringify({ query: '{ stats { entityCount } }' }),
      headers: { 'content-type': 'application/json' },
    });

  it('answers an anonymous GraphQL query 401, and a signed-in reader’s 200', async () => {
    vi.stubEnv('NEWSGRAPH_READ_ACCESS', 'login');
    expect((await graphqlRoute(query())).status).toBe(401);
    const cookie = await sessionFor('rita');
    const request = query();
    request.headers.set('cookie', cookie);
    expect((await graphqlRoute(request)).status).toBe(200);
  });

  it('sends a page request to /signin and back, but shows the sign-in page itself and a signed-in reader’s pages', async () => {
    vi.stubEnv('NEWSGRAPH_READ_ACCESS', 'login');
    const redirect = await pageSignInRedirect(new Request('http://localhost/documents?x=1'));
    expect(redirect?.status).toBe(303);
    expect(redirect?.headers.get('location')).toBe('http://localhost/signin?next=%2Fdocuments%3Fx%3D1');
    expect(await pageSignInRedirect(new Request('http://localhost/signin'))).toBeNull();
    const cookie = await sessionFor('rita');
    expect(await pageSignInRedirect(new Request('http://localhost/', { headers: { cookie } }))).toBeNull();
  });

  it('leaves reading open by default', async () => {
    expect((await graphqlRoute(query())).status).toBe(200);
  });
});
