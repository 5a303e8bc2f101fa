import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBundle, writeBundleFile } from '../graph/bundle/fixtures';
import { loadBundleFile } from '../graph/bundle/load-bundles';

/** Runs the real `scripts/annotate-evidence.ts` in a child process, as `npm run data:annotate` would. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(ROOT, 'scripts', 'annotate-evidence.ts');

function annotate(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [SCRIPT, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The fixture as a curator writes it: evidence as document id and sentence only, no mentions. */
function draft(): unknown {
  const bundle = fixtureBundle();
  return {
    ...bundle,
    entities: bundle.entities.map(({ mentions: _mentions, ...entity }) => entity),
    relations: bundle.relations.map((r) => ({
      ...r,
      evidence: r.evidence.map(({ documentId, sentence }) => ({ documentId, sentence })),
    })),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-annotate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scripts/annotate-evidence.ts', () => {
  it('finds the committed bundles up to date with --check', async () => {
    const run = await annotate(['--check']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('OUT OF DATE');
  });

  it('turns a draft into a bundle the loader accepts, and then leaves it alone', async () => {
    const file = await writeBundleFile(dir, 'draft.json', draft());
    expect((await annotate(['--check', file])).code).toBe(1);

    expect((await annotate([file])).code).toBe(0);
    const batch = await loadBundleFile(file);
    expect(batch.relations.flatMap((r) => r.evidence).every((e) => e.end > e.start)).toBe(true);
    expect(batch.entities.every((e) => e.mentions.length > 0)).toBe(true);

    const written = await readFile(file, 'utf8');
    expect((await annotate([file])).stdout).toContain('unchanged');
    expect(await readFile(file, 'utf8')).toBe(written);
  });

  it('exits 1 and writes nothing when a quote is not in the document', async () => {
    const bad = draft() as { relations: { evidence: { sentence: string }[] }[] };
    const evidence = bad.relations[0]?.evidence[0];
    if (evidence !== undefined) evidence.sentence = 'She said it could compute.';
    const file = await writeBundleFile(dir, 'draft.json', bad);
    const before = await readFile(file, 'utf8');
    const run = await annotate([file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('relations[0].evidence[0].sentence');
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
