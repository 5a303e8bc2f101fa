import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeStore } from '@/app/server/store';
import { listBundleFiles } from '@/graph/bundle/bundle-files';
import { fixtureBundle } from '@/graph/bundle/fixtures';
import { loadBundles } from '@/graph/bundle/load-bundles';
import { exportGraph } from '@/graph/export';
import type { ExportFormat } from '@/graph/export';
import { collectExport } from '@/graph/export/collect';
import type { ImportSummary } from '@/graph/import';
import { EmbeddedGraphStore } from '@/graph/embedded/embedded-store';
import type { GraphBatch } from '@/graph/model';
import { hostileBatch } from '@/graph/export/testing/hostile-input';
import { GET as exportRoute } from '../export/route';
import { addTestAccount, sessionFor } from '@/app/server/auth/testing/accounts';
import { POST } from './route';

/**
 * The import route's handler, called as Next.js calls it with real multipart requests, over an empty
 * embedded store in a fresh temporary directory; what it wrote is read back with a store of its own.
 */

let dataDir: string;
/** An editor's session: imports need one (who may import is tested in app/server/auth/write-guard.test.ts). */
let editorCookie: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-import-route-'));
  useEnv();
  await addTestAccount(dataDir, 'nora', 'editor');
  editorCookie = await sessionFor('nora');
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await rm(dataDir, { recursive: true, force: true });
});

/** The temporary store and default limits, plus `env`. */
function useEnv(env: Record<string, string> = {}) {
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEWSGRAPH_MAX_IMPORT_BYTES']) {
    vi.stubEnv(name, '');
  }
  vi.stubEnv('NEWSGRAPH_MAX_IMPORT_ITEMS', '');
  vi.stubEnv('NEWSGRAPH_DATA_DIR', dataDir);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

interface Upload {
  name: string;
  text: string;
  type?: string;
}

function form(uploads: readonly Upload[], fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const { name, text, type } of uploads) {
    data.append('file', new Blob([text], { type: type ?? 'application/octet-stream' }), name);
  }
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

function post(body: FormData | string, headers: Record<string, string> = {}, query = ''): Promise<Response> {
  return POST(
    new Request(`http://localhost/api/import${query}`, {
      method: 'POST',
      body,
      headers: { 'x-newsgraph-csrf': '1', cookie: editorCookie, ...headers },
    }),
  );
}

async function stored(): Promise<GraphBatch> {
  const store = await EmbeddedGraphStore.open(dataDir);
  try {
    return await store.readAll();
  } finally {
    await store.close();
  }
}

const EMPTY: GraphBatch = { documents: [], entities: [], relations: [] };
const bundle = (edit?: (b: ReturnType<typeof fixtureBundle>) => void): Upload => {
  const b = fixtureBundle();
  edit?.(b);
  return { name: 'notes.json', text: JSON.stringify(b), type: 'application/json' };
};

interface ErrorBody {
  error: {
    code: string;
    message: string;
    problems?: { file: string; path: string; message: string }[];
    summary?: ImportSummary;
  };
}

describe('POST /api/import', () => {
  it('imports an uploaded bundle and counts what it created', async () => {
    const response = await post(form([bundle()]));
    expect(response.status).toBe(200);
    const { summary } = (await response.json()) as { summary: ImportSummary };
    const fixture = fixtureBundle();
    expect(summary.entities).toEqual({
      created: fixture.entities.length,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(summary.relations.created).toBe(fixture.relations.length);
    const after = await stored();
    expect(after.relations).toEqual(fixture.relations);
    expect(after.entities.map((e) => e.id).sort()).toEqual(fixture.entities.map((e) => e.id).sort());
  });

  it('finds everything unchanged when the same file is imported again', async () => {
    expect((await post(form([bundle()]))).status).toBe(200);
    const first = await stored();
    const response = await post(form([bundle()]));
    expect(response.status).toBe(200);
    const { summary } = (await response.json()) as { summary: ImportSummary };
    for (const kind of ['documents', 'entities', 'relations'] as const) {
      expect(summary[kind].created + summary[kind].updated + summary[kind].rejected, kind).toBe(0);
      expect(summary[kind].unchanged, kind).toBeGreaterThan(0);
    }
    expect(await stored()).toEqual(first);
  });

  it('loads an export of the seed back, entities, relations and evidence intact', async () => {
    const seed = await loadBundles(await listBundleFiles());
    const source = await mkdtemp(path.join(tmpdir(), 'newsgraph-import-source-'));
    try {
      const store = await EmbeddedGraphStore.open(source);
      await store.upsert(seed);
      const input = await collectExport(store, { all: true, maxNodes: 5000 });
      await store.close();
      const file = exportGraph(input, 'GRAPHML', { baseName: 'seed' });
      const response = await post(form([{ name: file.filename, text: file.content }]));
      expect(response.status).toBe(200);
    } finally {
      await rm(source, { recursive: true, force: true });
    }
    const after = await stored();
    const byId = <T extends { id: string }>(items: readonly T[]) =>
      [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(after.relations)).toEqual(byId(seed.relations));
    expect(byId(after.entities)).toEqual(byId(seed.entities));
    expect(byId(after.documents)).toEqual(byId(seed.documents));
  });

  it('checks and counts but writes nothing with dryRun=1', async () => {
    const response = await post(form([bundle()], { dryRun: '1' }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { summary: ImportSummary; dryRun: boolean };
    expect(body.dryRun).toBe(true);
    expect(body.summary.entities.created).toBe(fixtureBundle().entities.length);
    expect(await stored()).toEqual(EMPTY);
  });

  describe('refuses a bad file with 400, names the problems, and writes nothing', () => {
    it('when a relation’s evidence is off by one', async () => {
      const bad = bundle((b) => {
        const evidence = b.relations[0]?.evidence[0];
        if (evidence !== undefined) evidence.start += 1;
      });
      const response = await post(form([bad]));
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.problems?.[0]?.file).toBe('notes.json');
      expect(error.problems?.[0]?.path).toMatch(/relations\[0\]\.evidence\[0\]/);
      expect(error.summary?.relations.rejected).toBeGreaterThan(0);
      expect(await stored()).toEqual(EMPTY);
    });

    it('when one of several files cannot be read, writing nothing from the others', async () => {
      const response = await post(form([bundle(), { name: 'broken.graphml', text: '<graphml><node' }]));
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.problems?.map((p) => p.file)).toContain('broken.graphml');
      expect(await stored()).toEqual(EMPTY);
    });
  });

  describe('answers other mistakes with a status and a code', () => {
    it('403 FORBIDDEN without the CSRF header, as a cross-site form would send it', async () => {
      const response = await POST(
        new Request('http://localhost/api/import', {
          method: 'POST',
          body: form([bundle()]),
          headers: { cookie: editorCookie },
        }),
      );
      expect(response.status).toBe(403);
      expect(((await response.json()) as ErrorBody).error.code).toBe('FORBIDDEN');
      expect(await stored()).toEqual(EMPTY);
    });

    it('with a request id on the answer, as every answer of the API has', async () => {
      const response = await post('not a form', { 'content-type': 'text/plain' });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('415 UNSUPPORTED_MEDIA_TYPE for a body that is not a form', async () => {
      const response = await post(JSON.stringify(fixtureBundle()), { 'content-type': 'application/json' });
      expect(response.status).toBe(415);
      expect(((await response.json()) as ErrorBody).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('400 BAD_USER_INPUT for a form without a file', async () => {
      const data = new FormData();
      data.append('dryRun', '1');
      const response = await post(data);
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error.code).toBe('BAD_USER_INPUT');
    });

    it('400 BAD_USER_INPUT for a format that does not exist', async () => {
      const response = await post(form([bundle()], { format: 'pdf' }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('refuses an upload over NEWSGRAPH_MAX_IMPORT_BYTES with 413', () => {
    const big = (bytes: number): Upload => ({ name: 'big.json', text: ' '.repeat(bytes) });

    it('from Content-Length, before reading the body', async () => {
      useEnv({ NEWSGRAPH_MAX_IMPORT_BYTES: '1000' });
      const request = new Request('http://localhost/api/import', {
        method: 'POST',
        body: form([big(200_000)]),
        headers: { 'x-newsgraph-csrf': '1', 'content-length': '200500', cookie: editorCookie },
      });
      const response = await POST(request);
      expect(response.status).toBe(413);
      expect(((await response.json()) as ErrorBody).error.code).toBe('TOO_LARGE');
      expect(request.bodyUsed).toBe(false);
    });

    it('while reading, when no length was given', async () => {
      useEnv({ NEWSGRAPH_MAX_IMPORT_BYTES: '1000' });
      const response = await post(form([big(200_000)]));
      expect(response.status).toBe(413);
      expect(((await response.json()) as ErrorBody).error.code).toBe('TOO_LARGE');
    });

    it('from the files, when the form itself is small enough', async () => {
      useEnv({ NEWSGRAPH_MAX_IMPORT_BYTES: '1000' });
      const response = await post(form([big(5000)]));
      expect(response.status).toBe(413);
      expect(((await response.json()) as ErrorBody).error.code).toBe('TOO_LARGE');
      expect(await stored()).toEqual(EMPTY);
    });
  });
});

describe('GET /api/export then POST /api/import', () => {
  const sortById = <T extends { id: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

  const formats: ExportFormat[] = ['JSON', 'CYTOSCAPE', 'GRAPHML', 'GEXF', 'CSV'];
  for (const format of formats) {
    it(`carries hostile names, quotes, line breaks, emoji and right-to-left text through ${format} unchanged`, async () => {
      const hostile = hostileBatch();
      const source = await mkdtemp(path.join(tmpdir(), 'newsgraph-round-trip-'));
      let download: Response;
      try {
        const store = await EmbeddedGraphStore.open(source);
        await store.upsert(hostile);
        await store.close();
        useEnv({ NEWSGRAPH_DATA_DIR: source });
        download = await exportRoute(new Request(`http://localhost/api/export?all=1&format=${format}`));
        expect(download.status).toBe(200);
        await closeStore();
      } finally {
        await rm(source, { recursive: true, force: true });
      }
      const name = /filename="([^"]+)"/.exec(download.headers.get('content-disposition') ?? '')?.[1] ?? '';
      const data = new FormData();
      data.append('file', new Blob([await download.arrayBuffer()]), name);
      useEnv();
      const response = await post(data);
      expect(response.status, JSON.stringify(await response.clone().json())).toBe(200);
      const after = await stored();
      expect(sortById(after.entities)).toEqual(sortById(hostile.entities));
      expect(sortById(after.relations)).toEqual(sortById(hostile.relations));
      expect(sortById(after.documents)).toEqual(sortById(hostile.documents));
    });
  }
});
