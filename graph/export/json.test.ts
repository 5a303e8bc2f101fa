import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSchema } from '../bundle/bundle-schema';
import { loadBundleFile } from '../bundle/load-bundles';
import { exportJson, toBundle } from './json';
import { batchOf } from './testing/export-input';
import { hostileInput } from './testing/hostile-input';
import { sampleInput } from './testing/sample-input';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-export-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes an export to a file and reads it back with the seed's own loader. */
async function loadExported(content: string, name: string) {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return loadBundleFile(file);
}

describe('JSON export', () => {
  it('is a JSON file named after the base name', () => {
    const file = exportJson(sampleInput(), { baseName: 'newsgraph-sample' });
    expect(file).toMatchObject({
      format: 'JSON',
      mimeType: 'application/json',
      filename: 'newsgraph-sample.json',
      encoding: 'utf8',
    });
  });

  it('writes a bundle the bundle schema accepts, with documents’ text inline', () => {
    const parsed = bundleSchema.parse(JSON.parse(exportJson(sampleInput(), { baseName: 'x' }).content));
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.documents.every((d) => typeof d.text === 'string' && d.textFile === undefined)).toBe(true);
  });

  it('leaves the degree out of entities, since the store computes it', () => {
    expect(toBundle(sampleInput()).entities.some((entity) => 'degree' in entity)).toBe(false);
  });

  it('is pretty-printed and ends with a newline, so it reads and diffs well', () => {
    const { content } = exportJson(sampleInput(), { baseName: 'x' });
    expect(content.split('\n').length).toBeGreaterThan(100);
    expect(content.endsWith('}\n')).toBe(true);
  });

  it('loads with loadBundleFile as the same documents, entities, relations and evidence', async () => {
    const input = sampleInput();
    const loaded = await loadExported(exportJson(input, { baseName: 'x' }).content, 'sample.json');
    expect(loaded).toEqual(batchOf(input));
  });

  it('keeps hostile text exactly, through loadBundleFile’s checks of every evidence span', async () => {
    const input = hostileInput();
    const loaded = await loadExported(exportJson(input, { baseName: 'x' }).content, 'hostile.json');
    expect(loaded).toEqual(batchOf(input));
  });
});
