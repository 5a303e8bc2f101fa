import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as importRoute } from '@/app/api/import/route';
import { addTestAccount, sessionFor } from '@/app/server/auth/testing/accounts';
import { closeStore } from '@/app/server/store';
import { fixtureBundle } from '@/graph/bundle/fixtures';
import type { ImportSummary } from '@/graph/import/types';
import { CSRF_HEADER, describeImport, readImportAnswer } from './import-upload';

/**
 * How the Import dialog reads the answers of POST /api/import. The answers are the real route's, over an
 * empty embedded store in a temporary folder, so a change of the server's shape fails here.
 */

let dataDir: string;
/** An editor's session: imports need one (the guard itself is tested in app/server/auth/). */
let cookie: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'newsgraph-import-upload-'));
  for (const name of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEWSGRAPH_MAX_IMPORT_ITEMS']) {
    vi.stubEnv(name, '');
  }
  vi.stubEnv('NEWSGRAPH_MAX_IMPORT_BYTES', '');
  vi.stubEnv('NEWSGRAPH_DATA_DIR', dataDir);
  await addTestAccount(dataDir, 'nora', 'editor');
  cookie = await sessionFor('nora');
});
afterEach(async () => {
  await closeStore();
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

/** The route's answer to `files` (name → text), as status and body text, as the browser receives them. */
async function answer(
  files: Record<string, string>,
  fields: Record<string, string> = {},
  headers: Record<string, string> = { [CSRF_HEADER]: '1' },
): Promise<[number, string]> {
  const form = new FormData();
  for (const [name, text] of Object.entries(files)) form.append('file', new Blob([text]), name);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await importRoute(
    new Request('http://localhost/api/import', {
      method: 'POST',
      body: form,
      headers: { cookie, ...headers },
    }),
  );
  return [response.status, await response.text()];
}

const counts = (created: number, updated = 0, unchanged = 0, rejected = 0) => ({
  created,
  updated,
  unchanged,
  rejected,
});

describe('readImportAnswer', () => {
  it('reads a successful import as the summary of what was created', async () => {
    const outcome = readImportAnswer(...(await answer({ 'notes.json': JSON.stringify(fixtureBundle()) })));
    expect(outcome.kind).toBe('imported');
    if (outcome.kind !== 'imported') return;
    expect(outcome.dryRun).toBe(false);
    expect(outcome.summary.entities).toEqual(counts(2));
    expect(outcome.summary.relations).toEqual(counts(2));
    expect(outcome.summary.documents).toEqual(counts(1));
  });

  it('says when it was only a check (dry run)', async () => {
    const [status, body] = await answer({ 'notes.json': JSON.stringify(fixtureBundle()) }, { dryRun: '1' });
    const outcome = readImportAnswer(status, body);
    expect(outcome.kind === 'imported' && outcome.dryRun).toBe(true);
  });

  it('reads refused files as their problems, each with the file and the place in it', async () => {
    const broken = fixtureBundle();
    const evidence = broken.relations[0]?.evidence[0];
    if (evidence !== undefined) evidence.start += 3;
    const outcome = readImportAnswer(...(await answer({ 'broken.json': JSON.stringify(broken) })));
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.problemCount).toBeGreaterThanOrEqual(1);
    expect(outcome.problems[0]?.file).toBe('broken.json');
    expect(outcome.problems[0]?.path).toMatch(/^relations\[0\]\.evidence\[0\]/);
    expect(outcome.summary?.relations.rejected).toBeGreaterThanOrEqual(1);
  });

  it('reads a refusal without problems (no CSRF header) as a failure with the server’s code', async () => {
    const outcome = readImportAnswer(...(await answer({ 'notes.json': '{}' }, {}, {})));
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.error.code).toBe('FORBIDDEN');
    expect(outcome.error.status).toBe(403);
  });

  it('reads an upload over the size limit as TOO_LARGE', async () => {
    vi.stubEnv('NEWSGRAPH_MAX_IMPORT_BYTES', '100');
    const outcome = readImportAnswer(...(await answer({ 'notes.json': JSON.stringify(fixtureBundle()) })));
    expect(outcome.kind === 'failed' && outcome.error.code).toBe('TOO_LARGE');
  });

  it.each([
    [
      'a count that is not a number',
      { summary: { documents: counts(1), entities: counts(1), relations: { created: '1' } } },
    ],
    [
      'a dry-run flag that is not a boolean',
      { summary: { documents: counts(0), entities: counts(0), relations: counts(0) }, dryRun: 'yes' },
    ],
    ['no summary at all', { dryRun: false }],
  ])('reads a success with %s as BAD_RESPONSE', (_name, body) => {
    const outcome = readImportAnswer(200, JSON.stringify(body));
    expect(outcome.kind === 'failed' && outcome.error.code).toBe('BAD_RESPONSE');
  });

  it('reads an answer that is not the API’s (a proxy’s error page) as BAD_RESPONSE', () => {
    const outcome = readImportAnswer(502, '<html><body>Bad gateway</body></html>');
    expect(outcome.kind === 'failed' && outcome.error.code).toBe('BAD_RESPONSE');
    const empty = readImportAnswer(200, '');
    expect(empty.kind === 'failed' && empty.error.code).toBe('BAD_RESPONSE');
  });
});

describe('describeImport', () => {
  const summary = (over: Partial<ImportSummary> = {}): ImportSummary => ({
    documents: counts(0),
    entities: counts(0),
    relations: counts(0),
    ...over,
  });

  it('names what was created and what was already there, in the singular or plural', () => {
    expect(
      describeImport(
        summary({ entities: counts(2), relations: counts(1), documents: counts(0, 0, 1) }),
        false,
      ),
    ).toBe('Created 2 entities and 1 relation; 1 document unchanged.');
  });

  it('speaks of a dry run in the conditional', () => {
    expect(describeImport(summary({ entities: counts(0, 3) }), true)).toBe('Would update 3 entities.');
  });

  it('says when nothing happened', () => {
    expect(describeImport(summary(), false)).toBe('Nothing was imported.');
  });
});
