import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentDisposition, safeFilename } from '@/app/server/export-response';
import { getLogger, useLogger } from '@/app/server/logger';
import { closeStore } from '@/app/server/store';
import { exportGraph } from '@/graph/export';
import { collectExport } from '@/graph/export/collect';
import { EmbeddedGraphStore } from '@/graph/embedded/embedded-store';
import { catalogued } from '@/schema/testing/execute';
import { LEVEL, captureLogs } from '@/schema/testing/log-capture';
import { seededDataDir } from '@/app/server/testing/seeded-data-dir';
import { GET } from './route';

/** The export route's handler, called as Next.js calls it, over an embedded store seeded in a temp dir. */

const seeded = seededDataDir('newsgraph-export-route-');
beforeEach(() => {
  useEnv();
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The seeded store and default limits, plus `env`: every test names the environment it runs in. */
function useEnv(env: Record<string, string> = {}) {
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEWSGRAPH_MAX_EXPORT_NODES']) {
    vi.stubEnv(name, '');
  }
  vi.stubEnv('NEWSGRAPH_DATA_DIR', seeded.dataDir);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
}

function get(query: string): Promise<Response> {
  return GET(new Request(`http://localhost/api/export?${query}`));
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  catalogued(body.error.code);
  return body.error;
}

/** The file the export library makes for the same selection, to compare the download with. */
async function expected(options: Parameters<typeof collectExport>[1], format: 'GRAPHML' | 'JSON' | 'CSV') {
  const store = await EmbeddedGraphStore.open(seeded.dataDir);
  try {
    return exportGraph(await collectExport(store, options), format, { baseName: 'x' });
  } finally {
    await store.close();
  }
}

describe('GET /api/export', () => {
  it('downloads GraphML around entities as an attachment, never cached', async () => {
    const response = await get('ids=nayib-bukele&depth=1&format=graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/xml.*charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="newsgraph-nayib-bukele-depth-1\.graphml"/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const file = await expected({ ids: ['nayib-bukele'], depth: 1, maxNodes: 5000 }, 'GRAPHML');
    expect(await response.text()).toBe(file.content);
  });

  it('reads the format in any case', async () => {
    const response = await get('ids=nayib-bukele&format=GraphML');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<graphml');
  });

  it('downloads CSV as the bytes of a zip, not as base64', async () => {
    const response = await get('ids=nayib-bukele,cecot&format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(bytes);
    const names = Object.keys(files).join(' ');
    expect(names).toMatch(/nodes/);
    expect(names).toMatch(/edges/);
    const nodes = Object.entries(files).find(([name]) => name.includes('nodes'))?.[1];
    expect(strFromU8(nodes ?? new Uint8Array())).toContain('nayib-bukele');
  });

  it('downloads the whole graph with all=1', async () => {
    const response = await get('all=1&format=json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('filename="newsgraph-all.json"');
    const bundle = (await response.json()) as { entities: { id: string }[]; documents: { id: string }[] };
    expect(bundle.entities.map((e) => e.id).sort()).toEqual(seeded.batch.entities.map((e) => e.id).sort());
    expect(bundle.documents).toHaveLength(seeded.batch.documents.length);
  });

  it('keeps only the relation types asked for', async () => {
    const response = await get('ids=nayib-bukele&depth=1&relationTypes=SAID,%20LEADS&format=json');
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as { relations: { type: string }[] };
    expect(bundle.relations.length).toBeGreaterThan(0);
    for (const relation of bundle.relations) expect(['SAID', 'LEADS']).toContain(relation.type);
  });

  it('defaults to our JSON bundle', async () => {
    const response = await get('ids=nayib-bukele');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const file = await expected({ ids: ['nayib-bukele'], maxNodes: 5000 }, 'JSON');
    expect(await response.text()).toBe(file.content);
  });

  describe('answers errors as JSON with a status and a code', () => {
    const cases: [string, string, number, string][] = [
      ['no ids and not all', 'format=json', 400, 'BAD_USER_INPUT'],
      ['depth 9', 'ids=nayib-bukele&depth=9', 400, 'BAD_USER_INPUT'],
      ['depth that is not a number', 'ids=nayib-bukele&depth=two', 400, 'BAD_USER_INPUT'],
      ['an unknown format', 'ids=nayib-bukele&format=pdf', 400, 'BAD_USER_INPUT'],
      ['a lowercase relation type', 'ids=nayib-bukele&relationTypes=said', 400, 'BAD_USER_INPUT'],
      ['all together with ids', 'all=1&ids=nayib-bukele', 400, 'BAD_USER_INPUT'],
      ['an id that names nothing', 'ids=nayib-bukele,no-such-entity', 404, 'NOT_FOUND'],
    ];
    for (const [name, query, status, code] of cases) {
      it(`${status} ${code} for ${name}`, async () => {
        const response = await get(query);
        expect(response.status).toBe(status);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect((await errorOf(response)).code).toBe(code);
      });
    }

    it('413 TOO_LARGE when the export is over NEWSGRAPH_MAX_EXPORT_NODES', async () => {
      useEnv({ NEWSGRAPH_MAX_EXPORT_NODES: '3' });
      const response = await get('all=1&format=graphml');
      expect(response.status).toBe(413);
      expect((await errorOf(response)).code).toBe('TOO_LARGE');
    });

    it('503 SERVICE_UNAVAILABLE when the store cannot be opened', async () => {
      const blocker = path.join(seeded.dataDir, 'a-file');
      await writeFile(blocker, '');
      useEnv({ NEWSGRAPH_DATA_DIR: path.join(blocker, 'data') });
      const response = await get('ids=nayib-bukele');
      expect(response.status).toBe(503);
      expect((await errorOf(response)).code).toBe('SERVICE_UNAVAILABLE');
    });

    it('500 without details when the server is misconfigured, logged with the answer’s request id', async () => {
      const processLogger = getLogger();
      const logs = captureLogs();
      useLogger(logs.logger);
      try {
        useEnv({ NEWSGRAPH_MAX_EXPORT_NODES: 'lots' });
        const response = await get('ids=nayib-bukele');
        expect(response.status).toBe(500);
        const requestId = response.headers.get('x-request-id');
        expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
        const error = (await errorOf(response)) as { code: string; message: string; requestId?: string };
        expect(error).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', requestId });
        const logged = logs.lines.filter((line) => line.level === LEVEL.error);
        expect(logged).toHaveLength(1);
        expect(logged[0]).toMatchObject({ requestId, where: 'GET /api/export' });
        expect(JSON.stringify(logged[0])).toContain('NEWSGRAPH_MAX_EXPORT_NODES');
      } finally {
        useLogger(processLogger);
      }
    });

    it('gives every answer a request id, a download as well as an error', async () => {
      const download = await get('ids=nayib-bukele&format=graphml');
      expect(download.status).toBe(200);
      expect(download.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const refused = await get('ids=nayib-bukele&depth=9');
      expect(refused.status).toBe(400);
      expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(refused.headers.get('x-request-id')).not.toBe(download.headers.get('x-request-id'));
    });
  });
});

describe('contentDisposition', () => {
  it('keeps quotes, line breaks and path separators out of the header', () => {
    const header = contentDisposition('../"evil"\r\nSet-Cookie: x=1.json');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''[A-Za-z0-9._-]+$/);
    expect(safeFilename('../../etc/passwd')).not.toContain('/');
    expect(safeFilename('"""')).toBe('newsgraph-export');
  });
});
