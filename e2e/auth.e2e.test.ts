import { request as httpRequest } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, launchChromium, saveArtifact, waitForDrawnGraph } from './browser';
import { freePort, run, startNext } from './server';
import type { RunningServer } from './server';

/**
 * Who may change the graph, end to end, on our own server (server.ts, what `npm start` runs) over a
 * freshly seeded store with the e2e editor's account: the one-time local link works once; an editor
 * signs in on the sign-in page, imports, finds the import in the audit trail, signs out and is refused;
 * and one client's burst does not rate-limit another client.
 */

const GRAPHQL_PER_MINUTE = 20;

let browser: Browser;
let server: RunningServer;
let dataDir: string;
let scratch: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-e2e-auth-'));
  scratch = await mkdtemp(path.join(tmpdir(), 'newsgraph-e2e-auth-files-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEWSGRAPH_DATA_DIR: dataDir,
  };
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEWSGRAPH_READ_ACCESS']) delete env[name];
  await run('npx', ['tsx', 'scripts/seed.ts', '--reset'], env, ROOT);
  const { name, password } = inject('editor');
  const { addAccount } = await import('../graph/accounts/accounts');
  const { FileAccountStore } = await import('../graph/accounts/file-account-store');
  await addAccount(await FileAccountStore.open(dataDir), name, 'editor', password);
  server = await startNext({
    cwd: ROOT,
    port: await freePort(),
    env: { ...env, NEWSGRAPH_RATE_LIMIT_GRAPHQL: String(GRAPHQL_PER_MINUTE) },
    readyStatuses: [200],
    ours: true,
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

function bundle(): object {
  const text = 'Ines Varga told Harbour Radio that the ferry would run again.\n';
  const sentence = text.trim();
  const span = { documentId: 'e2e-auth-note', sentence, start: 0, end: sentence.length };
  return {
    formatVersion: 1,
    documents: [{ id: 'e2e-auth-note', title: 'An e2e auth note', source: null, publishedAt: null, text }],
    entities: [
      {
        id: 'ines-varga',
        name: 'Ines Varga',
        type: 'Person',
        aliases: [],
        description: null,
        mentions: [span],
      },
      {
        id: 'harbour-radio',
        name: 'Harbour Radio',
        type: 'Organization',
        aliases: [],
        description: null,
        mentions: [span],
      },
    ],
    relations: [
      {
        id: 'varga-told-harbour-radio',
        type: 'SAID',
        source: 'ines-varga',
        target: 'harbour-radio',
        statement: 'The ferry would run again.',
        role: null,
        evidence: [span],
      },
    ],
  };
}

describe('the one-time local sign-in link that npm start prints', () => {
  it('signs the browser in as the local editor once; the same link then fails', async () => {
    const link = /Sign in as the local editor \(the link works once\): (\S+)/.exec(server.output())?.[1];
    expect(link).toBeDefined();
    const p = await freshPage();
    await p.goto(link ?? '');
    await waitForDrawnGraph(p);
    expect(await p.getByTestId('account-name').innerText()).toContain('local');
    await p.getByRole('button', { name: 'Import…' }).waitFor();

    const other = await freshPage();
    const again = await other.goto(link ?? '');
    expect(again?.status()).toBe(401);
    await p.context().close();
    await other.context().close();
  });
});

describe('an editor', () => {
  it('signs in, imports, sees the import in the audit trail, signs out, and is then refused', async () => {
    const p = await freshPage();
    await p.goto(server.url);
    await waitForDrawnGraph(p);
    // Anonymous: no Import, and a way to sign in.
    expect(await p.getByRole('button', { name: 'Import…' }).count()).toBe(0);
    await p.getByTestId('sign-in-link').click();

    const { name, password } = inject('editor');
    await p.getByLabel('Name').fill(name);
    await p.getByLabel('Password').fill(password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await waitForDrawnGraph(p);
    expect(await p.getByTestId('account-name').innerText()).toContain(name);

    const file = path.join(scratch, 'ferry-note.json');
    await writeFile(file, JSON.stringify(bundle()));
    await p.getByRole('button', { name: 'Import…' }).click();
    const dialog = p.getByRole('dialog', { name: 'Import' });
    await dialog.getByLabel('Files').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByTestId('import-summary').waitFor();
    expect(await dialog.getByTestId('summary-entities-created').innerText()).toBe('2');

    await p.goto(`${server.url}/changes`);
    const table = p.getByTestId('changes-table');
    await table.waitFor();
    const firstRow = await table.locator('tbody tr').first().innerText();
    expect(firstRow).toContain(name);
    expect(firstRow).toContain('import of ferry-note.json');
    expect(firstRow).toContain('2 entities created');
    await saveArtifact(p, 'audit-trail');

    await p.goto(server.url);
    await waitForDrawnGraph(p);
    await p.getByTestId('account-name').getByRole('button', { name }).click();
    await p.getByTestId('sign-out').click();
    await p.getByTestId('sign-in-link').waitFor();
    expect(await p.getByRole('button', { name: 'Import…' }).count()).toBe(0);
    const refused = await p.request.post(`${server.url}/api/import`, {
      headers: { 'x-newsgraph-csrf': '1' },
      multipart: {
        file: {
          name: 'ferry-note.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(bundle())),
        },
      },
    });
    expect(refused.status()).toBe(401);
    await p.context().close();
  });
});

/** One GraphQL request from `localAddress` (loopback has all of 127/8), with any extra headers. */
function graphqlFrom(localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  const url = new URL(`${server.url}/api/graphql`);
  const body = JSON.stringify({ query: '{ stats { entityCount } }' });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('rate limits per client', () => {
  it('one client’s burst does not limit another, and the client cannot escape by forging its address', async () => {
    for (let i = 0; i < GRAPHQL_PER_MINUTE; i++) expect(await graphqlFrom('127.0.0.2')).toBe(200);
    expect(await graphqlFrom('127.0.0.2')).toBe(429);
    expect(
      await graphqlFrom('127.0.0.2', {
        'x-newsgraph-client-address': '127.0.0.9',
        'x-forwarded-for': '127.0.0.9',
      }),
    ).toBe(429);
    expect(await graphqlFrom('127.0.0.3')).toBe(200);
  });
});
