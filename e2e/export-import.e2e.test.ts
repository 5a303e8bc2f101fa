import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { xmllintProblems } from '@/graph/export/testing/xmllint';
import { splitSentences } from '@/graph/text/sentences';
import {
  ROOT,
  canvasCounts,
  launchChromium,
  saveArtifact,
  waitForDrawnGraph,
  waitForSettledLayout,
} from './browser';
import { signInPage } from './sign-in';

/**
 * Export and Import in the explorer, driven as a person would: the toolbar's buttons, the dialogs, real
 * downloads caught by the browser and real files uploaded. Exports read the seeded store shared with the
 * other e2e tests; imports write, so they go to a server of their own (`writableUrl`), signed in as the
 * e2e editor.
 */

const seedArticle = readFileSync(
  path.join(ROOT, 'graph', 'data', 'documents', 'cecot-bukele-clinton.txt'),
  'utf8',
);
const seedSentences = new Set(splitSentences(seedArticle).map((s) => s.text));

let browser: Browser;
let page: Page | undefined;
let scratch: string;

beforeAll(async () => {
  browser = await launchChromium();
  scratch = await mkdtemp(path.join(tmpdir(), 'newsgraph-e2e-files-'));
});

afterAll(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

afterEach(async () => {
  await page?.close();
  page = undefined;
});

async function openExplorer(url: string): Promise<Page> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  // Import is for editors: the person driving the explorer here is one.
  await signInPage(page, url, inject('editor'));
  await page.goto(url);
  await waitForDrawnGraph(page);
  return page;
}

async function openDialog(p: Page, name: 'Export' | 'Import'): Promise<Locator> {
  await p.getByRole('button', { name: `${name}…` }).click();
  const dialog = p.getByRole('dialog', { name });
  await dialog.waitFor();
  return dialog;
}

interface Downloaded {
  filename: string;
  bytes: Buffer;
}

/** Presses the dialog's Export button and returns the file the browser downloaded. */
async function exportFile(p: Page, dialog: Locator): Promise<Downloaded> {
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const file = await download.path();
  return { filename: download.suggestedFilename(), bytes: await readFile(file) };
}

/** Today in the browser's time zone, as the file names write it. */
async function today(p: Page): Promise<string> {
  return p.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** The names of the entities drawn on the canvas, read from Cytoscape. */
async function drawnNames(p: Page): Promise<string[]> {
  return p.evaluate(() =>
    (window.__newsgraphCy?.nodes().toArray() ?? []).map((n) => String(n.data('label'))),
  );
}

/** Asks the API for the graph's totals. */
async function stats(
  url: string,
): Promise<{ entityCount: number; relationCount: number; documentCount: number }> {
  const response = await fetch(`${url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { entityCount relationCount documentCount } }' }),
  });
  const body = (await response.json()) as {
    data: { stats: { entityCount: number; relationCount: number; documentCount: number } };
  };
  return body.data.stats;
}

interface BundleFile {
  documents: { id: string; text: string }[];
  entities: { id: string; name: string; mentions: unknown[] }[];
  relations: { id: string; source: string; target: string; evidence: Evidence[] }[];
}
interface Evidence {
  documentId: string;
  sentence: string;
  start: number;
  end: number;
}

describe('Explorer › Export', () => {
  it('exports the canvas as GraphML holding the drawn entities, from a keyboard-accessible dialog', async () => {
    const p = await openExplorer(inject('baseUrl'));
    const drawn = await canvasCounts(p);

    // The dialog opens from the keyboard, takes the focus, closes with Escape and gives the focus back.
    const opener = p.getByRole('button', { name: 'Export…' });
    await opener.focus();
    await p.keyboard.press('Enter');
    const dialog = p.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    expect(await p.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Export…');

    await openDialog(p, 'Export');
    await dialog.getByRole('radio', { name: /^Everything on the canvas/ }).check();
    await dialog.getByRole('radio', { name: /^GraphML/ }).check();
    // A dialog never widens the page, and fits the window it opens in.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    const box = await dialog.boundingBox();
    expect(
      box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 800,
    ).toBe(true);
    await saveArtifact(p, 'export-dialog-graphml');

    const file = await exportFile(p, dialog);
    expect(file.filename).toBe(`newsgraph-canvas-${await today(p)}.graphml`);
    await dialog.getByTestId('export-status').getByText(file.filename).waitFor();

    const xml = file.bytes.toString('utf8');
    expect(xmllintProblems(xml)).toBe('');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.documentElement?.localName).toBe('graphml');
    expect(doc.getElementsByTagName('node').length).toBe(drawn.nodes);
    expect(doc.getElementsByTagName('key').length).toBeGreaterThan(0);
    for (const name of await drawnNames(p)) expect(xml).toContain(name);
    expect(xml).toContain('Nayib Bukele');
  });

  it('exports the canvas as JSON whose evidence sentences are the article’s, at their offsets', async () => {
    const p = await openExplorer(inject('baseUrl'));
    const drawn = await canvasCounts(p);
    const dialog = await openDialog(p, 'Export');
    await dialog.getByRole('radio', { name: /^JSON/ }).check();
    const file = await exportFile(p, dialog);
    expect(file.filename).toMatch(/^newsgraph-canvas-\d{4}-\d{2}-\d{2}\.json$/);

    const bundle = JSON.parse(file.bytes.toString('utf8')) as BundleFile;
    expect(bundle.entities).toHaveLength(drawn.nodes);
    expect(bundle.relations.length).toBeGreaterThanOrEqual(drawn.edges);
    const texts = new Map(bundle.documents.map((d) => [d.id, d.text]));
    const evidence = bundle.relations.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      expect(seedSentences.has(e.sentence)).toBe(true);
      expect(texts.get(e.documentId)?.slice(e.start, e.end)).toBe(e.sentence);
    }
  });

  it('exports a selected relation as the JSON of its two ends, with that relation’s evidence', async () => {
    const p = await openExplorer(inject('baseUrl'));
    const search = p.getByRole('combobox', { name: 'Search entities' });
    await search.fill('bukele');
    await p.getByRole('option', { name: /Nayib Bukele/ }).click();
    await p.getByTestId('relation-link').filter({ hasText: 'REPLIED_TO' }).click();
    await p.getByTestId('edge-title').waitFor();

    const dialog = await openDialog(p, 'Export');
    // With something selected, the dialog offers the selection first.
    expect(await dialog.getByRole('radio', { name: /^The selection/ }).isChecked()).toBe(true);
    const file = await exportFile(p, dialog);
    expect(file.filename).toMatch(/^newsgraph-bukele-replied-to-clinton-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle = JSON.parse(file.bytes.toString('utf8')) as BundleFile;
    expect(bundle.entities.map((e) => e.id).sort()).toEqual(['hillary-clinton', 'nayib-bukele']);
    const replied = bundle.relations.find((r) => r.id === 'bukele-replied-to-clinton');
    expect(replied?.evidence.length).toBeGreaterThan(0);
    for (const e of replied?.evidence ?? []) expect(seedSentences.has(e.sentence)).toBe(true);
  });

  it('exports the drawing as a PNG at 2× its size', async () => {
    const p = await openExplorer(inject('baseUrl'));
    await waitForSettledLayout(p);
    const dialog = await openDialog(p, 'Export');
    await dialog.getByRole('radio', { name: /^PNG/ }).check();
    await dialog.getByText('2×', { exact: true }).click();
    await dialog.getByText('Transparent', { exact: true }).click();
    // The drawing alone: no legend or source line around it (e2e/picture-export.e2e.test.ts has those).
    await dialog.getByRole('checkbox', { name: /^Legend/ }).uncheck();
    await dialog.getByRole('checkbox', { name: /^Source line/ }).uncheck();
    expect(await dialog.getByRole('radio', { name: '2×' }).isChecked()).toBe(true);
    await saveArtifact(p, 'export-dialog');

    const box = await p.evaluate(() => window.__newsgraphCy?.elements().boundingBox());
    const file = await exportFile(p, dialog);
    expect(file.filename).toMatch(/^newsgraph-canvas-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...file.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, right after the signature and the chunk's length and type.
    const width = file.bytes.readUInt32BE(16);
    const height = file.bytes.readUInt32BE(20);
    expect(box).toBeDefined();
    expect(Math.abs(width - 2 * Math.ceil(box?.w ?? 0))).toBeLessThanOrEqual(2);
    expect(Math.abs(height - 2 * Math.ceil(box?.h ?? 0))).toBeLessThanOrEqual(2);
    // Colour type 6 is RGBA: the transparent background asked for has an alpha channel to be in.
    expect(file.bytes[25]).toBe(6);
  });

  it('exports the drawing as an SVG with the entities’ labels', async () => {
    const p = await openExplorer(inject('baseUrl'));
    await waitForSettledLayout(p);
    const dialog = await openDialog(p, 'Export');
    await dialog.getByRole('radio', { name: /^SVG/ }).check();
    const file = await exportFile(p, dialog);
    expect(file.filename).toMatch(/^newsgraph-canvas-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = file.bytes.toString('utf8');
    expect(xmllintProblems(svg)).toBe('');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.documentElement?.localName).toBe('svg');
    expect(svg).toContain('Nayib Bukele');
  });
});

/** A bundle a reporter might write: one new article, two new entities, one relation with its evidence. */
function newBundle(): object {
  const text =
    'Zoë Quintero-Núñez told Radio Faro that the archive would reopen in May. Radio Faro aired the interview that evening.\n';
  const span = (sentence: string) => {
    const start = text.indexOf(sentence);
    return { documentId: 'e2e-import-note', sentence, start, end: start + sentence.length };
  };
  // Functions, so that each evidence is its own object and a test can break one alone.
  const told = () => span('Zoë Quintero-Núñez told Radio Faro that the archive would reopen in May.');
  const aired = () => span('Radio Faro aired the interview that evening.');
  return {
    formatVersion: 1,
    documents: [
      { id: 'e2e-import-note', title: 'A note the e2e test wrote', source: null, publishedAt: null, text },
    ],
    entities: [
      {
        id: 'zoe-quintero-nunez',
        name: 'Zoë Quintero-Núñez',
        type: 'Person',
        aliases: [],
        description: null,
        mentions: [told()],
      },
      {
        id: 'radio-faro',
        name: 'Radio Faro',
        type: 'Organization',
        aliases: [],
        description: null,
        mentions: [told(), aired()],
      },
    ],
    relations: [
      {
        id: 'quintero-told-radio-faro',
        type: 'SAID',
        source: 'zoe-quintero-nunez',
        target: 'radio-faro',
        statement: 'The archive would reopen in May.',
        role: null,
        evidence: [told()],
      },
    ],
  };
}

describe('Explorer › Import', () => {
  it('imports a bundle, says what it created, refreshes the totals, and the new entity can be searched', async () => {
    const url = inject('writableUrl');
    const before = await stats(url);
    const file = path.join(scratch, 'new-article.json');
    await writeFile(file, JSON.stringify(newBundle(), null, 2));

    const p = await openExplorer(url);
    const dialog = await openDialog(p, 'Import');
    await dialog.getByLabel('Files').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const summary = dialog.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Created');
    expect(await dialog.getByTestId('summary-entities-created').innerText()).toBe('2');
    expect(await dialog.getByTestId('summary-relations-created').innerText()).toBe('1');
    expect(await dialog.getByTestId('summary-documents-created').innerText()).toBe('1');
    await saveArtifact(p, 'import-summary');

    // The header's totals follow the import.
    await expect
      .poll(() => p.getByTestId('graph-stats').innerText())
      .toContain(`${before.entityCount + 2} entities`);

    // "Show the graph" closes the dialog and draws the overview again; the search finds what was imported.
    await dialog.getByRole('button', { name: 'Show the graph' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForDrawnGraph(p);
    await p.getByRole('combobox', { name: 'Search entities' }).fill('quintero');
    await p.getByRole('option', { name: /Zoë Quintero-Núñez/ }).waitFor();
    // The suggestions stay open: the header is one row at 1280 px, so the list covers no button of it.

    // Importing the same file again changes nothing.
    const again = await openDialog(p, 'Import');
    await again.getByLabel('Files').setInputFiles(file);
    await again.getByRole('button', { name: 'Import', exact: true }).click();
    await again.getByTestId('import-summary').waitFor();
    expect(await again.getByTestId('summary-entities-unchanged').innerText()).toBe('2');
    expect(await again.getByTestId('summary-entities-created').innerText()).toBe('0');
    expect(await stats(url)).toEqual({
      entityCount: before.entityCount + 2,
      relationCount: before.relationCount + 1,
      documentCount: before.documentCount + 1,
    });
  });

  it('shows what is wrong with a bad file, naming the file and the place, and writes nothing', async () => {
    const url = inject('writableUrl');
    const before = await stats(url);
    const broken = newBundle() as { relations: { evidence: { start: number }[] }[] };
    const evidence = broken.relations[0]?.evidence[0];
    if (evidence === undefined) throw new Error('the bundle has no evidence to break');
    evidence.start += 4;
    const file = path.join(scratch, 'broken-bundle.json');
    await writeFile(file, JSON.stringify(broken, null, 2));

    const p = await openExplorer(url);
    const dialog = await openDialog(p, 'Import');
    await dialog.getByLabel('Files').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    await dialog.getByTestId('import-problems').waitFor();
    expect(await dialog.getByRole('alert').innerText()).toContain('Nothing was imported');
    const problem = dialog.getByTestId('import-problem').first();
    const text = await problem.innerText();
    expect(text).toContain('broken-bundle.json');
    expect(text).toMatch(/relations\[0\]\.evidence\[0\]/);
    await saveArtifact(p, 'import-problems');
    expect(await stats(url)).toEqual(before);
  });
});
