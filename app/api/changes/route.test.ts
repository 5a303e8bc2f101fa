import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as importRoute } from '@/app/api/import/route';
import { addTestAccount, sessionFor } from '@/app/server/auth/testing/accounts';
import { closeStore } from '@/app/server/store';
import { fixtureBundle } from '@/graph/bundle/fixtures';
import type { ChangeRecord } from '@/graph/audit/change';
import { GET } from './route';

/** GET /api/changes: the audit trail after a real import, for editors only, as JSON or CSV. */

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-changes-'));
  for (const name of ['NEO4J_URI', 'NEWSGRAPH_READ_ACCESS']) vi.stubEnv(name, '');
  vi.stubEnv('NEWSGRAPH_DATA_DIR', dataDir);
  await addTestAccount(dataDir, 'nora', 'editor');
  await addTestAccount(dataDir, 'rita', 'reader');
  const form = new FormData();
  form.append('file', new Blob([JSON.stringify(fixtureBundle())]), '=wire.json');
  const cookie = await sessionFor('nora');
  const imported = await importRoute(
    new Request('http://localhost/api/import', {
      method: 'POST',
      body: form,
      headers: { cookie, 'x-newsgraph-csrf': '1' },
    }),
  );
  expect(imported.status).toBe(200);
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

const get = (query: string, cookie?: string) =>
  GET(
    new Request(`http://localhost/api/changes${query}`, { headers: cookie === undefined ? {} : { cookie } }),
  );

describe('GET /api/changes', () => {
  it('lists the import for an editor: who, from which file, every item created', async () => {
    const response = await get('?actor=nora', await sessionFor('nora'));
    expect(response.status).toBe(200);
    const { changes } = (await response.json()) as { changes: ChangeRecord[] };
    expect(changes).toHaveLength(1);
    expect(changes[0]?.source).toEqual({ kind: 'import', files: ['=wire.json'] });
    const bundle = fixtureBundle();
    expect(
      changes[0]?.items
        .filter((i) => i.kind === 'entity')
        .map((i) => i.id)
        .sort(),
    ).toEqual(bundle.entities.map((e) => e.id).sort());
  });

  it('exports the same trail as CSV, one row per item', async () => {
    const response = await get('?format=csv', await sessionFor('nora'));
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const bundle = fixtureBundle();
    expect(rows).toHaveLength(bundle.documents.length + bundle.entities.length + bundle.relations.length);
    expect(rows[0]).toMatchObject({ actor: 'nora', action: 'created', source: 'import of =wire.json' });
  });

  it('is for editors: 401 for nobody, 403 for a reader', async () => {
    expect((await get('')).status).toBe(401);
    expect((await get('', await sessionFor('rita'))).status).toBe(403);
  });

  it('refuses a bad filter with 400', async () => {
    expect((await get('?limit=0', await sessionFor('nora'))).status).toBe(400);
    expect((await get('?since=yesterday', await sessionFor('nora'))).status).toBe(400);
  });
});
