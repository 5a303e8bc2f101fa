import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../graph/extract/draft';
import { draftSchema } from '../graph/extract/draft';
import type { GraphBatch } from '../graph/model';
import { ROOT, runScript, tempDirs, withStore } from './testing/run-script';

/**
 * Runs the real `scripts/ingest.ts` in a child process against an embedded store (seeded by the real
 * seed script) in a temporary directory, and reads the store and the draft file afterwards.
 */
const tmp = tempDirs('newsgraph-ingest-');
const ingest = (args: readonly string[], env: Record<string, string> = {}) =>
  runScript('ingest', args, { storeEnv: tmp.storeEnv, env });
const seed = () => runScript('seed', [], { storeEnv: tmp.storeEnv });
const snapshot = (): Promise<GraphBatch> => withStore(tmp.storeEnv, (store) => store.readAll());

const FOLLOW_UP = readFileSync(path.join(ROOT, 'graph/data/eval/tuning/cecot-deportations.txt'), 'utf8');
const OTHER = readFileSync(path.join(ROOT, 'graph/data/eval/tuning/hospital-strike.txt'), 'utf8');
const SEED_TEXT = readFileSync(path.join(ROOT, 'graph/data/documents/cecot-bukele-clinton.txt'), 'utf8');

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const at = path.join(tmp.dir, name);
  await writeFile(at, content);
  return at;
}
const readDraft = (at: string): Draft => draftSchema.parse(JSON.parse(readFileSync(at, 'utf8')));

describe('scripts/ingest.ts', () => {
  it('prints its usage with --help', async () => {
    const run = await ingest(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--accept');
  });

  it('refuses a run without --out, with exit code 1', async () => {
    const run = await ingest([await file('a.txt', FOLLOW_UP)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--out');
  });

  it('writes a draft linked to the graph and leaves the store as it was', async () => {
    expect((await seed()).code).toBe(0);
    const before = await snapshot();
    const out = path.join(tmp.dir, 'draft.json');
    const run = await ingest([
      await file('a.txt', FOLLOW_UP),
      '--title',
      'Deportations',
      '--source',
      'https://example.com/a',
      '--date',
      '2025-03-20',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const draft = readDraft(out);
    expect(draft.documents).toEqual([
      {
        id: 'deportations',
        title: 'Deportations',
        source: 'https://example.com/a',
        publishedAt: '2025-03-20',
        // The article form's reading: the ends of the text trimmed.
        text: FOLLOW_UP.trim(),
      },
    ]);
    const existing = draft.entities.filter((e) => e.existing === true).map((e) => e.id);
    expect(existing).toEqual(expect.arrayContaining(['nayib-bukele', 'trump-administration', 'cecot']));
    expect(draft.entities.find((e) => e.id === 'marco-rubio')?.existing).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('shows progress and writes one draft for many files', async () => {
    const out = path.join(tmp.dir, 'draft.json');
    const run = await ingest([await file('a.txt', FOLLOW_UP), await file('b.md', OTHER), '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/\[1\/2\] .*a\.txt/u);
    expect(run.stderr).toMatch(/\[2\/2\] .*b\.md/u);
    expect(readDraft(out).documents).toHaveLength(2);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /is empty/u],
    ['a binary file', 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), /binary/u],
    [
      'a file in Latin-1',
      'latin.txt',
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      /not UTF-8/u,
    ],
    [
      'a text in Spanish',
      'es.txt',
      'El presidente del país dijo el martes que estaba dispuesto a trabajar con los tribunales y la prensa, y que la cárcel estaría abierta a las visitas de periodistas extranjeros.',
      /not in English/u,
    ],
    [
      'an HTML page of scripts only',
      'page.html',
      '<html><head><script>track()</script></head><body><script>ads()</script></body></html>',
      /is mostly scripts/u,
    ],
  ])('refuses %s with exit code 1 and writes nothing', async (_, name, content, message) => {
    const out = path.join(tmp.dir, 'draft.json');
    const run = await ingest([await file('good.txt', FOLLOW_UP), await file(name, content), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Nothing was written.');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file past NEWSGRAPH_MAX_ARTICLE_BYTES', async () => {
    const out = path.join(tmp.dir, 'draft.json');
    const run = await ingest([await file('a.txt', FOLLOW_UP), '--out', out], {
      NEWSGRAPH_MAX_ARTICLE_BYTES: '100',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/over the limit of 1 KB .*NEWSGRAPH_MAX_ARTICLE_BYTES/u);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an article the graph already holds, by its text or by its URL', async () => {
    expect((await seed()).code).toBe(0);
    const out = path.join(tmp.dir, 'draft.json');
    const sameText = await ingest([await file('copy.txt', SEED_TEXT), '--out', out]);
    expect(sameText.code).toBe(1);
    expect(sameText.stderr).toContain('document "cecot-bukele-clinton" has the same text');
    expect(existsSync(out)).toBe(false);

    const first = await ingest([
      await file('a.txt', FOLLOW_UP),
      '--source',
      'https://example.com/a',
      '--out',
      out,
    ]);
    expect(first.code).toBe(0);
    expect((await ingest(['--accept', out])).code).toBe(0);
    const sameUrl = await ingest([
      await file('b.txt', OTHER),
      '--source',
      'https://example.com/a',
      '--out',
      path.join(tmp.dir, 'b.json'),
    ]);
    expect(sameUrl.code).toBe(1);
    expect(sameUrl.stderr).toContain('has the same source (https://example.com/a)');
  }, 60_000);

  it('accepts a reviewed draft: the same nodes as before, with evidence from both articles', async () => {
    expect((await seed()).code).toBe(0);
    const before = await snapshot();
    const out = path.join(tmp.dir, 'draft.json');
    expect(
      (await ingest([await file('a.txt', FOLLOW_UP), '--title', 'Deportations', '--out', out])).code,
    ).toBe(0);
    const run = await ingest(['--accept', out]);
    expect(run.code, run.stderr).toBe(0);
    const after = await snapshot();
    expect(after.documents.map((d) => d.id).sort()).toEqual(['cecot-bukele-clinton', 'deportations']);
    const bukele = after.entities.find((e) => e.id === 'nayib-bukele');
    const oldBukele = before.entities.find((e) => e.id === 'nayib-bukele');
    expect(new Set(bukele?.mentions.map((m) => m.documentId))).toEqual(
      new Set(['cecot-bukele-clinton', 'deportations']),
    );
    expect(bukele?.mentions).toEqual(expect.arrayContaining(oldBukele?.mentions ?? []));
    expect(bukele?.name).toBe(oldBukele?.name);
    const ordered = after.relations.find(
      (r) => r.type === 'ORDERED' && r.target === 'trump-administration' && r.source === 'james-boasberg',
    );
    expect(ordered?.evidence[0]?.documentId).toBe('deportations');
    for (const r of before.relations)
      expect(after.relations.find((x) => x.id === r.id)?.evidence).toEqual(
        expect.arrayContaining(r.evidence),
      );
  }, 60_000);

  it('refuses a draft that is not one, and writes nothing', async () => {
    expect((await seed()).code).toBe(0);
    const before = await snapshot();
    const run = await ingest([
      '--accept',
      await file('bad.json', JSON.stringify({ formatVersion: 1, documents: [] })),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is not a draft');
    expect(await snapshot()).toEqual(before);
  }, 60_000);

  it('asks for an LLM endpoint with --llm, and keeps the rules’ draft with a warning when it is down', async () => {
    const out = path.join(tmp.dir, 'draft.json');
    const unset = await ingest([await file('a.txt', FOLLOW_UP), '--llm', '--out', out]);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('set NEWSGRAPH_LLM_BASE_URL');
    // Port 9 (discard) on the loopback: nothing listens there on a test machine, so the connection is refused.
    const down = await ingest([await file('a.txt', FOLLOW_UP), '--llm', '--out', out], {
      NEWSGRAPH_LLM_BASE_URL: 'http://127.0.0.1:9/v1',
      NEWSGRAPH_LLM_MODEL: 'any',
    });
    expect(down.code, down.stderr).toBe(0);
    expect(down.stderr).toMatch(/warning: The LLM endpoint .* cannot be reached/u);
    expect(readDraft(out).entities.length).toBeGreaterThan(0);
  }, 60_000);
});
