import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft';
import type { GoldArticle } from './gold';
import { scoreDraft } from './score';

const TEXT = 'Ofcom fined Channel Nine. Helen Marsh said the broadcaster would appeal.';
const s0 = { documentId: 'd', sentence: 'Ofcom fined Channel Nine.', start: 0, end: 25 };
const s1 = {
  documentId: 'd',
  sentence: 'Helen Marsh said the broadcaster would appeal.',
  start: 26,
  end: 72,
};

const gold: GoldArticle = {
  set: 'tuning',
  file: 'x.json',
  document: { id: 'd', title: 'T', source: null, publishedAt: null, text: TEXT },
  entities: [
    { id: 'ofcom', type: 'GovernmentBody', name: 'Ofcom', aliases: [] },
    { id: 'channel-nine', type: 'MediaOrganization', name: 'Channel Nine', aliases: [] },
    { id: 'helen-marsh', type: 'Person', name: 'Helen Marsh', aliases: [] },
  ],
  relations: [
    { type: 'FINED', source: 'ofcom', target: 'channel-nine', sentence: 0 },
    { type: 'SAID', source: 'helen-marsh', target: 'channel-nine', sentence: 1 },
  ],
  linksToSeed: false,
};

const entity = (id: string, name: string, type: string) => ({
  id,
  name,
  type,
  aliases: [],
  description: null,
  mentions: [s0],
  confidence: 1,
  extractor: 'rules' as const,
  spans: [],
});
const relation = (type: string, source: string, target: string, evidence = [s0]) => ({
  id: `${source}-${type}-${target}`,
  type,
  source,
  target,
  statement: null,
  role: null,
  evidence,
  confidence: 1,
  extractor: 'rules' as const,
});

describe('scoreDraft', () => {
  it('counts entities by name with their type, relations by ends and sentence, and who said it', () => {
    const draft: Draft = {
      formatVersion: 1,
      documents: [gold.document],
      entities: [
        entity('ofcom', 'Ofcom', 'GovernmentBody'),
        entity('nine', 'channel nine', 'Organization'),
        entity('x', 'Leeds', 'City'),
      ],
      relations: [relation('PENALISED', 'ofcom', 'nine'), relation('SAID', 'ofcom', 'nine', [s1])],
      extraction: { extractors: ['rules'], dropped: 0, warnings: [] },
    };
    const score = scoreDraft(gold, draft, new Set());
    expect(score.entities).toEqual({ predicted: 3, gold: 3, correctPredicted: 1, foundGold: 1 });
    expect(score.relations).toEqual({ predicted: 2, gold: 2, correctPredicted: 1, foundGold: 1 });
    expect(score.relationsByType.get('FINED')).toEqual({
      predicted: 0,
      gold: 1,
      correctPredicted: 0,
      foundGold: 0,
    });
    expect(score.saidRecall).toEqual({ gold: 1, found: 0 });
    expect(score.evidence).toEqual({ total: 5, exact: 5 });
  });

  it('counts evidence that does not quote its sentence exactly as inexact', () => {
    const shifted = { ...s0, start: 1, end: 26 };
    const draft: Draft = {
      formatVersion: 1,
      documents: [gold.document],
      entities: [],
      relations: [relation('FINED', 'ofcom', 'channel-nine', [shifted])],
      extraction: { extractors: ['rules'], dropped: 0, warnings: [] },
    };
    expect(scoreDraft(gold, draft, new Set()).evidence).toEqual({ total: 1, exact: 0 });
  });

  it('scores links: an entity of the graph reused is right, a wrong existing id is wrong', () => {
    const draft: Draft = {
      formatVersion: 1,
      documents: [gold.document],
      entities: [
        { ...entity('ofcom', 'Ofcom', 'GovernmentBody'), existing: true },
        { ...entity('bbc', 'Channel Nine', 'MediaOrganization'), existing: true },
      ],
      relations: [],
      extraction: { extractors: ['rules'], dropped: 0, warnings: [] },
    };
    expect(scoreDraft(gold, draft, new Set(['ofcom', 'channel-nine'])).links).toEqual({
      expected: 2,
      correct: 1,
      wrong: 1,
    });
  });
});
