import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PICTURE_TITLE_MAX_LENGTH } from '@/app/explorer/canvas/canvas-image-frame';
import { explorerHref } from '@/app/lib/explorer-link';
import { xmllintProblems } from '@/graph/export/testing/xmllint';
import { ROOT, saveArtifact, waitForDrawnGraph, waitForSettledLayout } from './browser';
import { importBundle } from './documents-seed';
import { explorerSession } from './explorer-session';

/**
 * A publish-ready picture from the real page: the Export dialog's title, legend and source line around the
 * drawing, as PNG and SVG, made by Chromium and read back from the downloaded files.
 */

const seedBundle = JSON.parse(
  readFileSync(path.join(ROOT, 'graph', 'data', 'bundles', 'cecot-bukele-clinton.json'), 'utf8'),
) as { documents: { id: string; title: string }[] };
const seedArticleTitle = seedBundle.documents[0]?.title ?? '';

// Characters XML must escape, and quotes, to prove the title is written as text.
const TITLE = 'CECOT & <Bukele>: who said what about the “prison”';

const session = explorerSession();

async function openExplorer(): Promise<Page> {
  const page = await session.openExplorer({ acceptDownloads: true });
  await waitForSettledLayout(page);
  return page;
}

/** An article with its outlet and date, and one relation read from it: what a source line names in full. */
const DATED = {
  documentId: 'e2e-picture-wire',
  title: 'Radio Faro reopens its archive',
  source: 'https://www.radiofaro.example/news/archive-reopens',
  publishedAt: '2025-05-02',
  from: 'e2e-picture-archivist',
  to: 'e2e-picture-radio-faro',
};

function datedBundle(): object {
  const sentence = 'Archivist Lena Ortiz told Radio Faro that the archive would reopen in May.';
  const span = { documentId: DATED.documentId, sentence, start: 0, end: sentence.length };
  const entity = (id: string, name: string, type: string) => ({
    id,
    name,
    type,
    aliases: [],
    description: null,
    mentions: [span],
  });
  return {
    formatVersion: 1,
    documents: [
      {
        id: DATED.documentId,
        title: DATED.title,
        source: DATED.source,
        publishedAt: DATED.publishedAt,
        text: `${sentence}\n`,
      },
    ],
    entities: [
      entity(DATED.from, 'Lena Ortiz', 'Person'),
      entity(DATED.to, 'Radio Faro', 'MediaOrganization'),
    ],
    relations: [
      {
        id: 'e2e-picture-told',
        type: 'SAID',
        source: DATED.from,
        target: DATED.to,
        statement: 'the archive would reopen in May',
        role: null,
        evidence: [span],
      },
    ],
  };
}

async function openExport(p: Page): Promise<Locator> {
  await p.getByRole('button', { name: 'Export…' }).click();
  const dialog = p.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  return dialog;
}

/** Chooses a picture format and sets what goes around the drawing. */
async function choosePicture(
  dialog: Locator,
  format: 'PNG' | 'SVG',
  frame: { title: string; legend: boolean; sources: boolean },
): Promise<void> {
  await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
  await dialog.getByText('1×', { exact: true }).click();
  await dialog.getByRole('textbox', { name: /^Title/ }).fill(frame.title);
  await dialog.getByRole('checkbox', { name: /^Legend/ }).setChecked(frame.legend);
  await dialog.getByRole('checkbox', { name: /^Source line/ }).setChecked(frame.sources);
}

async function exportBytes(p: Page, dialog: Locator): Promise<{ filename: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  return { filename: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Keeps an exported file under artifacts/e2e/ (git-ignored) for a person to look at after a run. */
async function keepFile(name: string, bytes: Buffer): Promise<void> {
  const dir = path.join(ROOT, 'artifacts', 'e2e');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, name), bytes);
}

/** A PNG's size from its IHDR chunk (big-endian, right after the signature and the chunk's header). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many dark pixels the PNG has in a band of rows, decoded by the browser. */
async function darkPixelsInRows(p: Page, bytes: Buffer, from: number, to: number): Promise<number> {
  return p.evaluate(
    async ({ base64, from, to }) => {
      // Decoded from the bytes themselves: the page's Content-Security-Policy refuses data: fetches.
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, to - from);
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, -from);
      const { data } = context.getImageData(0, 0, bitmap.width, to - from);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r = 255, g = 255, b = 255, a = 0] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (a > 200 && r + g + b < 300) dark += 1;
      }
      return dark;
    },
    { base64: bytes.toString('base64'), from, to },
  );
}

describe('A publish-ready picture', () => {
  it('frames the PNG with a title above and a legend and source line below', async () => {
    const p = await openExplorer();
    const dialog = await openExport(p);
    await choosePicture(dialog, 'PNG', { title: '', legend: false, sources: false });
    const plain = pngSize((await exportBytes(p, dialog)).bytes);

    await choosePicture(dialog, 'PNG', { title: TITLE, legend: true, sources: true });
    await saveArtifact(p, 'picture-export-dialog');
    const framedFile = await exportBytes(p, dialog);
    await keepFile('picture-export.png', framedFile.bytes);
    expect(framedFile.filename).toMatch(/^newsgraph-canvas-\d{4}-\d{2}-\d{2}\.png$/);
    const framed = pngSize(framedFile.bytes);

    // As wide as the drawing (at least wide enough for the text), and taller by the header and footer:
    // a 20 px title, a legend row and a source line, with their margins.
    expect(framed.width).toBe(Math.max(plain.width, 512));
    expect(framed.height).toBeGreaterThan(plain.height + 20 + 12 + 11 + 16 * 2);
    // The title is drawn in the band above the drawing, where the plain picture starts with the drawing.
    expect(await darkPixelsInRows(p, framedFile.bytes, 0, 40)).toBeGreaterThan(50);
    // The last rows, below the drawing, hold the source line.
    expect(await darkPixelsInRows(p, framedFile.bytes, framed.height - 35, framed.height)).toBeGreaterThan(
      50,
    );
  });

  it('writes an SVG that parses, with the title, a legend and the seed article in the source line', async () => {
    const p = await openExplorer();
    const dialog = await openExport(p);
    await choosePicture(dialog, 'SVG', { title: TITLE, legend: true, sources: true });
    const file = await exportBytes(p, dialog);
    expect(file.filename).toMatch(/^newsgraph-canvas-\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = file.bytes.toString('utf8');
    await keepFile('picture-export.svg', file.bytes);
    expect(xmllintProblems(svg)).toBe('');
    expect(svg).not.toContain('<Bukele>');

    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = (role: string) =>
      Array.from(doc.getElementsByTagName('text'))
        .filter((t) => t.getAttribute('data-role') === role)
        .map((t) => t.textContent ?? '');
    expect(doc.documentElement?.localName).toBe('svg');
    expect(texts('title').join(' ')).toBe(TITLE);
    expect(texts('legend-label')).toContain('Person');
    expect(texts('sources').join(' ')).toContain(`“${seedArticleTitle}”`);
    // The drawing itself is inside, labels and all.
    const drawing = doc.documentElement?.getElementsByTagName('svg')[0];
    expect(drawing?.getElementsByTagName('text').length).toBeGreaterThan(0);
    expect(svg).toContain('Nayib Bukele');
  });

  it('names the article’s outlet and publication date in the source line', async () => {
    // A store of its own, which the tests that write share: this article is not in the seed.
    const url = inject('writableUrl');
    await importBundle(url, datedBundle());
    const p = await session
      .browser()
      .newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    try {
      await p.goto(`${url}${explorerHref({ entities: [DATED.from, DATED.to] })}`);
      await waitForDrawnGraph(p);
      await waitForSettledLayout(p);
      const dialog = await openExport(p);
      await choosePicture(dialog, 'SVG', { title: '', legend: true, sources: true });
      const svg = (await exportBytes(p, dialog)).bytes.toString('utf8');
      expect(xmllintProblems(svg)).toBe('');
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const sources = Array.from(doc.getElementsByTagName('text'))
        .filter((t) => t.getAttribute('data-role') === 'sources')
        .map((t) => t.textContent ?? '')
        .join(' ');
      expect(sources).toBe(`Source: “${DATED.title}”, radiofaro.example, 2 May 2025.`);
      const legend = Array.from(doc.getElementsByTagName('text'))
        .filter((t) => t.getAttribute('data-role') === 'legend-label')
        .map((t) => t.textContent);
      expect(legend).toEqual(['Media organization', 'Person', 'said']);
    } finally {
      await p.close();
    }
  });

  it('remembers the options, and the title for this tab, when the dialog opens again', async () => {
    const p = await openExplorer();
    let dialog = await openExport(p);
    await choosePicture(dialog, 'SVG', { title: 'Kept for this tab', legend: false, sources: true });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await p.reload();
    await waitForDrawnGraph(p);
    dialog = await openExport(p);
    await dialog.getByRole('radio', { name: /^SVG/ }).check();
    expect(await dialog.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe('Kept for this tab');
    expect(await dialog.getByRole('checkbox', { name: /^Legend/ }).isChecked()).toBe(false);
    expect(await dialog.getByRole('checkbox', { name: /^Source line/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: '1×' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('textbox', { name: /^Title/ }).getAttribute('maxlength')).toBe(
      String(PICTURE_TITLE_MAX_LENGTH),
    );
  });
});
