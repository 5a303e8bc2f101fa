import { expect } from 'vitest';
import { FIXTURE_TEXT } from '../../bundle/fixtures';
import { InvalidDataError } from '../../errors';
import type { Entity, Evidence, Relation } from '../../model';
import type { GraphStore } from '../../store';
import { openTestStore } from '../../../testing/test-store';
import type { ImportFile } from '../types';

/**
 * Test support for the importers: files from text, the small fixture graph's evidence (from
 * graph/bundle/fixtures.ts, offsets found with indexOf) and what its files should read as, errors caught
 * for inspection, and a real embedded store in a temporary directory.
 */

export function textFile(name: string, text: string): ImportFile {
  return { name, content: new TextEncoder().encode(text) };
}

function span(sentence: string): Evidence {
  const start = FIXTURE_TEXT.indexOf(sentence);
  if (start < 0) throw new Error(`fixture: no sentence ${JSON.stringify(sentence)}`);
  return { documentId: 'notes', sentence, start, end: start + sentence.length };
}

/** "Ada Lovelace wrote notes on the Analytical Engine." in document `notes`. */
export const WROTE = span('Ada Lovelace wrote notes on the Analytical Engine.');
/** "She said it could compose music." in document `notes`. */
export const SAID = span('She said it could compose music.');

export const NOTES_DOCUMENT = {
  id: 'notes',
  title: 'Notes on the engine',
  source: null,
  publishedAt: null,
  text: FIXTURE_TEXT,
};

/**
 * Ada Lovelace as the importers' tests write her: known as "Ada", mentioned in WROTE. A test spreads it
 * and names the fields its own file says otherwise.
 */
export const ADA: Entity = {
  id: 'ada-lovelace',
  name: 'Ada Lovelace',
  type: 'Person',
  aliases: ['Ada'],
  description: null,
  mentions: [WROTE],
};

/** The Analytical Engine as the importers' tests write it: a Machine and nothing more. */
export const ENGINE: Entity = {
  id: 'analytical-engine',
  name: 'Analytical Engine',
  type: 'Machine',
  aliases: [],
  description: null,
  mentions: [],
};

/** Ada said the engine could compose music, with SAID as its evidence. */
export const ADA_SAID: Relation = {
  id: 'ada-said-engine-could-compose',
  type: 'SAID',
  source: 'ada-lovelace',
  target: 'analytical-engine',
  statement: 'It could compose music.',
  role: null,
  evidence: [SAID],
};

/** What `run` throws (it must throw). */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/**
 * What `parse` throws for a single file `name` holding `text`, which must be an InvalidDataError naming
 * that file; its `path` is left to the caller.
 */
export function refusal(
  parse: (files: ImportFile[]) => unknown,
  name: string,
  text: string,
): InvalidDataError {
  const error = thrown(() => parse([textFile(name, text)]));
  expect(error).toBeInstanceOf(InvalidDataError);
  expect(error).toMatchObject({ source: name });
  return error as InvalidDataError;
}

/** What `promise` rejects with (it must reject). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the promise to reject');
    },
    (error: unknown) => error,
  );
}

/**
 * An empty store of the kind under test (embedded in a fresh temporary directory, or the Neo4j tier's
 * server: testing/test-store.ts); `cleanup` closes it.
 */
export async function tempStore(): Promise<{ store: GraphStore; cleanup: () => Promise<void> }> {
  const opened = await openTestStore();
  return { store: opened.store, cleanup: () => opened.dispose() };
}
