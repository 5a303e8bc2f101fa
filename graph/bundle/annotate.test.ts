import { describe, expect, it } from 'vitest';
import { InvalidDataError } from '../errors';
import type { Document } from '../model';
import type { DraftInput } from './annotate';
import { annotateBundles } from './annotate';
import type { Bundle, DraftBundle } from './bundle-schema';
import type { LoadedBundle } from './loaded-bundle';

const TEXT = 'Ada Lovelace met Babbage. She wrote the notes. The notes were long. She wrote the notes.\n';
const document: Document = { id: 'notes', title: 'Notes', source: null, publishedAt: null, text: TEXT };

function draft(relations: DraftBundle['relations'], entities?: DraftBundle['entities']): DraftInput {
  return {
    file: 'draft.json',
    documents: [document],
    bundle: {
      formatVersion: 1,
      documents: [{ id: 'notes', title: 'Notes', source: null, publishedAt: null, text: TEXT }],
      entities: entities ?? [
        { id: 'ada', name: 'Ada Lovelace', type: 'Person', aliases: [], description: null },
        { id: 'notes-text', name: 'The notes', type: 'Work', aliases: [], description: null },
        { id: 'babbage', name: 'Charles Babbage', type: 'Person', aliases: ['Babbage'], description: null },
      ],
      relations,
    },
  };
}

const wrote = (evidence: DraftBundle['relations'][number]['evidence']) => ({
  id: 'ada-wrote-notes',
  type: 'WROTE',
  source: 'ada',
  target: 'notes-text',
  statement: null,
  role: null,
  evidence,
});

/** The one annotated bundle of a single draft. */
function only(annotated: readonly LoadedBundle[]): Bundle {
  expect(annotated).toHaveLength(1);
  const [first] = annotated;
  if (first === undefined) throw new Error('annotateBundles returned nothing');
  return first.bundle;
}

describe('annotateBundles', () => {
  it('fills in the offsets of a quoted sentence', () => {
    const bundle = only(
      annotateBundles([draft([wrote([{ documentId: 'notes', sentence: 'She wrote the notes.' }])])]),
    );
    expect(bundle.relations[0]?.evidence).toEqual([
      { documentId: 'notes', sentence: 'She wrote the notes.', start: 26, end: 46 },
    ]);
  });

  it('replaces wrong offsets with the right ones', () => {
    const evidence = { documentId: 'notes', sentence: 'She wrote the notes.', start: 3, end: 23 };
    const bundle = only(annotateBundles([draft([wrote([evidence])])]));
    expect(bundle.relations[0]?.evidence[0]?.start).toBe(26);
  });

  it('keeps offsets that already point at a later occurrence of the same sentence', () => {
    const later = TEXT.lastIndexOf('She wrote the notes.');
    const evidence = { documentId: 'notes', sentence: 'She wrote the notes.', start: later, end: later + 20 };
    const bundle = only(annotateBundles([draft([wrote([evidence])])]));
    expect(bundle.relations[0]?.evidence[0]?.start).toBe(later);
  });

  it('refuses a quote that is only part of a sentence, naming the path', () => {
    const run = () =>
      annotateBundles([draft([wrote([{ documentId: 'notes', sentence: 'She wrote the notes' }])])]);
    const error: unknown = (() => {
      try {
        run();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidDataError);
    expect((error as InvalidDataError).path).toBe('relations[0].evidence[0].sentence');
  });

  it('refuses a quote of a document it does not have', () => {
    expect(() =>
      annotateBundles([draft([wrote([{ documentId: 'other', sentence: 'She wrote the notes.' }])])]),
    ).toThrow(InvalidDataError);
  });

  it('lists as mentions the sentences naming an entity by its name or an alias, case-sensitively', () => {
    const bundle = only(annotateBundles([draft([])]));
    const mentions = (id: string) =>
      bundle.entities.find((e) => e.id === id)?.mentions.map((m) => m.sentence);
    expect(mentions('babbage')).toEqual(['Ada Lovelace met Babbage.']);
    // "The notes" is found at the start of the third sentence only: "the notes" elsewhere differs in case.
    expect(mentions('notes-text')).toEqual(['The notes were long.']);
  });

  it('adds the evidence sentences of an entity’s relations to its mentions, in text order, once each', () => {
    const evidence = [
      { documentId: 'notes', sentence: 'She wrote the notes.' },
      { documentId: 'notes', sentence: 'Ada Lovelace met Babbage.' },
    ];
    const bundle = only(annotateBundles([draft([wrote(evidence)])]));
    expect(bundle.entities.find((e) => e.id === 'ada')?.mentions.map((m) => m.start)).toEqual([0, 26]);
    expect(bundle.entities.find((e) => e.id === 'notes-text')?.mentions.map((m) => m.start)).toEqual([
      0, 26, 47,
    ]);
  });

  it('gives mentions whose offsets slice their sentence out of the text', () => {
    const bundle = only(annotateBundles([draft([])]));
    for (const m of bundle.entities.flatMap((e) => e.mentions))
      expect(TEXT.slice(m.start, m.end)).toBe(m.sentence);
  });

  it('writes keys in a fixed order whatever order the draft had', () => {
    const shuffled = draft([
      {
        evidence: [{ sentence: 'She wrote the notes.', documentId: 'notes' }],
        role: null,
        statement: null,
        target: 'notes-text',
        source: 'ada',
        type: 'WROTE',
        id: 'ada-wrote-notes',
      },
    ]);
    const relation = only(annotateBundles([shuffled]))?.relations[0];
    expect(Object.keys(relation ?? {})).toEqual([
      'id',
      'type',
      'source',
      'target',
      'statement',
      'role',
      'evidence',
    ]);
    expect(Object.keys(relation?.evidence[0] ?? {})).toEqual(['documentId', 'sentence', 'start', 'end']);
  });

  it('finds mentions in the documents of every draft annotated together', () => {
    const otherText = 'Babbage built a machine.';
    const other: DraftInput = {
      file: 'other.json',
      documents: [{ id: 'other', title: 'Other', source: null, publishedAt: null, text: otherText }],
      bundle: {
        formatVersion: 1,
        documents: [{ id: 'other', title: 'Other', source: null, publishedAt: null, text: otherText }],
        entities: [],
        relations: [],
      },
    };
    const [first] = annotateBundles([draft([]), other]);
    expect(first?.bundle.entities.find((e) => e.id === 'babbage')?.mentions.map((m) => m.documentId)).toEqual(
      ['notes', 'other'],
    );
  });
});
