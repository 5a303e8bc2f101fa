import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Bundle } from './bundle-schema';

/**
 * A small, valid bundle for tests of the loader and the seed script, made up for the purpose (not news).
 * Offsets are found with indexOf, independently of the annotator, so tests of the annotator and the
 * loader do not prove each other. Each call returns a fresh copy that a test may break as it likes.
 */
export const FIXTURE_TEXT =
  'Ada Lovelace wrote notes on the Analytical Engine. She said it could compose music.\n';

export function fixtureBundle(): Bundle {
  const span = (sentence: string) => {
    const start = FIXTURE_TEXT.indexOf(sentence);
    return { documentId: 'notes', sentence, start, end: start + sentence.length };
  };
  // Functions, not objects: every evidence is its own object, so a test can break one alone.
  const first = () => span('Ada Lovelace wrote notes on the Analytical Engine.');
  const second = () => span('She said it could compose music.');
  return {
    formatVersion: 1,
    documents: [
      { id: 'notes', title: 'Notes on the engine', source: null, publishedAt: null, text: FIXTURE_TEXT },
    ],
    entities: [
      {
        id: 'ada-lovelace',
        name: 'Ada Lovelace',
        type: 'Person',
        aliases: [],
        description: null,
        mentions: [first(), second()],
      },
      {
        id: 'analytical-engine',
        name: 'Analytical Engine',
        type: 'Machine',
        aliases: [],
        description: null,
        mentions: [first(), second()],
      },
    ],
    relations: [
      {
        id: 'ada-said-engine-could-compose',
        type: 'SAID',
        source: 'ada-lovelace',
        target: 'analytical-engine',
        statement: 'It could compose music.',
        role: null,
        evidence: [second()],
      },
      {
        id: 'ada-wrote-about-engine',
        type: 'WROTE_ABOUT',
        source: 'ada-lovelace',
        target: 'analytical-engine',
        statement: null,
        role: null,
        evidence: [first()],
      },
    ],
  };
}

/** Writes `content` (a bundle, or any string for broken JSON) as `<dir>/<name>` and returns the path. */
export async function writeBundleFile(dir: string, name: string, content: unknown): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
