import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportRoute } from '@/app/api/export/route';
import { POST as graphqlRoute } from '@/app/api/graphql/route';
import { closeStore } from '@/app/server/store';
import { refusedOrigin } from '@/app/lib/testing/refused-origin';
import { fixtureBundle } from '@/graph/bundle/fixtures';
import { EmbeddedGraphStore } from '@/graph/embedded/embedded-store';
import { TransferError } from './api-error';
import { MAX_EXPORT_URL_LENGTH, exportUrl, exportedBlob, requestExport } from './export-request';

/**
 * The explorer's export requests against the real route handlers (`/api/export` and, for long id lists,
 * `/api/graphql`) over an embedded store holding a small fixture, served over real HTTP so the client is
 * exercised through real fetch.
 */

let dataDir: string;
let server: Server;
let base = '';

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-export-request-'));
  const { documents, entities, relations } = fixtureBundle();
  const store = await EmbeddedGraphStore.open(dataDir);
  // The fixture's documents carry their text inline; a bundle's type only allows that to be missing.
  await store.upsert({
    documents: documents.map((d) => ({ ...d, text: d.text ?? '' })),
    entities,
    relations,
  });
  await store.close();
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEWSGRAPH_MAX_EXPORT_NODES']) {
    vi.stubEnv(name, '');
  }
  vi.stubEnv('NEWSGRAPH_DATA_DIR', dataDir);

  server = createServer((req, res) => {
    void (async () => {
      const url = `http://127.0.0.1${req.url ?? '/'}`;
      const body = req.method === 'POST' ? new Uint8Array(await bodyOf(req)) : undefined;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      const request = new Request(url, { method: req.method, headers, body });
      const response = req.url?.startsWith('/api/graphql')
        ? await graphqlRoute(request)
        : await exportRoute(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await closeStore();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<TransferError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TransferError);
  return error as TransferError;
}

describe('exportUrl', () => {
  it('asks for exactly the given entities (depth 0) in the format, lower-cased', () => {
    expect(exportUrl(['ada-lovelace', 'analytical-engine'], 'GRAPHML')).toBe(
      '/api/export?ids=ada-lovelace,analytical-engine&depth=0&format=graphml',
    );
  });
});

describe('requestExport', () => {
  it('returns the file the server wrote, here a JSON bundle holding the evidence sentences', async () => {
    const blob = await requestExport(['ada-lovelace', 'analytical-engine'], 'JSON', { baseUrl: base });
    expect(blob.type).toMatch(/^application\/json/);
    const bundle = JSON.parse(await blob.text()) as { relations: { evidence: { sentence: string }[] }[] };
    const sentences = bundle.relations.flatMap((r) => r.evidence.map((e) => e.sentence));
    expect(sentences).toContain('She said it could compose music.');
  });

  it('returns the CSV export as the zip it is', async () => {
    const blob = await requestExport(['ada-lovelace'], 'CSV', { baseUrl: base });
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).toContain('nodes.csv');
    expect(strFromU8(files['nodes.csv'] ?? new Uint8Array())).toContain('Ada Lovelace');
  });

  it('throws the server’s code when it refuses, so the dialog can say why', async () => {
    const error = await failure(requestExport(['nobody-of-that-name'], 'GEXF', { baseUrl: base }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.status).toBe(404);
  });

  it('goes through GraphQL when the id list is too long for a URL, with the same file', async () => {
    // Unknown ids make the list long. Sent in a URL, it would be refused by Node's HTTP parser (431, read as
    // BAD_RESPONSE); NOT_FOUND can only come from the store, reached through GraphQL's POST.
    const many = Array.from({ length: 400 }, (_, i) => `someone-not-in-the-graph-${i}`);
    expect(exportUrl(many, 'JSON').length).toBeGreaterThan(MAX_EXPORT_URL_LENGTH);
    const error = await failure(requestExport(many, 'JSON', { baseUrl: base }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('reports a server that does not answer as NETWORK_ERROR', async () => {
    const error = await failure(requestExport(['ada-lovelace'], 'JSON', { baseUrl: await refusedOrigin() }));
    expect(error.code).toBe('NETWORK_ERROR');
  });
});

describe('exportedBlob', () => {
  it('decodes a base64 result into its bytes and keeps text as UTF-8', async () => {
    const zipBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    const zip = exportedBlob({
      mimeType: 'application/zip',
      encoding: 'base64',
      content: Buffer.from(zipBytes).toString('base64'),
    });
    expect(new Uint8Array(await zip.arrayBuffer())).toEqual(zipBytes);
    const text = exportedBlob({
      mimeType: 'application/json',
      encoding: 'utf8',
      content: '{"name":"Zoë ✓"}',
    });
    expect(await text.text()).toBe('{"name":"Zoë ✓"}');
  });
});
