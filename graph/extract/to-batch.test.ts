import { describe, expect, it } from 'vitest';
import type { Entity, Relation } from '../model';
import type { Draft } from './draft';
import { draftToBatch } from './to-batch';

const TEXT = 'Bukele spoke. Clinton replied.';
const ev = (start: number, end: number, documentId = 'new') => ({
  documentId,
  sentence: TEXT.slice(start, end),
  start,
  end,
});
const oldMention = { documentId: 'old', sentence: 'Old sentence.', start: 0, end: 13 };

const stored: Entity = {
  id: 'bukele',
  name: 'Nayib Bukele',
  type: 'Person',
  aliases: ['Bukele'],
  description: 'President',
  mentions: [oldMention],
};
const storedRelation: Relation = {
  id: 'bukele-said-clinton',
  type: 'SAID',
  source: 'bukele',
  target: 'clinton',
  statement: 'old',
  role: null,
  evidence: [oldMention],
};

function draft(): Draft {
  return {
    formatVersion: 1,
    documents: [{ id: 'new', title: 'New', source: null, publishedAt: null, text: TEXT }],
    entities: [
      {
        id: 'bukele',
        name: 'Nayib Bukele',
        type: 'Person',
        aliases: ['President Bukele'],
        description: null,
        mentions: [ev(0, 13)],
        confidence: 0.9,
        extractor: 'rules',
        existing: true,
        spans: [],
      },
      {
        id: 'clinton',
        name: 'Clinton',
        type: 'Person',
        aliases: [],
        description: null,
        mentions: [ev(14, 30)],
        confidence: 0.6,
        extractor: 'rules',
        spans: [],
        suggestions: [],
      },
    ],
    relations: [
      {
        id: 'bukele-said-clinton',
        type: 'SAID',
        source: 'bukele',
        target: 'clinton',
        statement: 'new',
        role: null,
        evidence: [ev(0, 13)],
        confidence: 0.7,
        extractor: 'rules',
      },
      {
        id: 'bukele-said-clinton-2',
        type: 'REPLIED_TO',
        source: 'clinton',
        target: 'bukele',
        statement: null,
        role: null,
        evidence: [ev(14, 30)],
        confidence: 0.7,
        extractor: 'llm',
      },
    ],
    extraction: { extractors: ['rules'], dropped: 0, warnings: [] },
  };
}

describe('draftToBatch', () => {
  it('drops the review fields', () => {
    const batch = draftToBatch(draft(), { entities: new Map(), relations: [] });
    expect(Object.keys(batch.entities[1] ?? {}).sort()).toEqual([
      'aliases',
      'description',
      'id',
      'mentions',
      'name',
      'type',
    ]);
    expect(Object.keys(batch.relations[0] ?? {}).sort()).toEqual([
      'evidence',
      'id',
      'role',
      'source',
      'statement',
      'target',
      'type',
    ]);
  });

  it('keeps what the graph had for an existing entity and adds the new mentions and names', () => {
    const batch = draftToBatch(draft(), { entities: new Map([['bukele', stored]]), relations: [] });
    expect(batch.entities[0]).toEqual({
      ...stored,
      aliases: ['Bukele', 'President Bukele'],
      mentions: [oldMention, ev(0, 13)],
    });
  });

  it('adds the new evidence to a relation the graph already states, keeping its id and statement', () => {
    const batch = draftToBatch(draft(), {
      entities: new Map([['bukele', stored]]),
      relations: [storedRelation],
    });
    expect(batch.relations[0]).toEqual({ ...storedRelation, evidence: [oldMention, ev(0, 13)] });
  });

  it('gives a new relation another id when the graph uses its id for a different relation', () => {
    const other: Relation = { ...storedRelation, id: 'bukele-said-clinton-2', type: 'PRAISED' };
    const batch = draftToBatch(draft(), { entities: new Map(), relations: [other] });
    expect(batch.relations[1]?.id).toBe('bukele-said-clinton-2-2');
  });
});
