import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Draft, DraftEntity, DraftRelation } from '../../extract/draft';
import { emptyDraft } from '../../extract/draft';
import type { Document } from '../../model';
import { splitSentences } from '../../text/sentences';

/**
 * A small draft for the draft store and accept-path tests, built from `follow-up.txt` (a short article
 * about the seed story, written by the team for tests) the way an extractor would: mentions and evidence
 * are real sentences of the text with their offsets, and the three entities the seed holds (Bukele, CECOT,
 * the Trump administration) are marked `existing` with the seed's ids.
 */

export const FOLLOW_UP_TEXT = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'follow-up.txt'),
  'utf8',
);

export const FOLLOW_UP_DOCUMENT: Document = {
  id: 'cecot-transfers-follow-up',
  title: 'Transfers to CECOT go on',
  source: 'https://example.org/news/cecot-transfers',
  publishedAt: '2026-03-18',
  text: FOLLOW_UP_TEXT,
};

interface EntitySpec {
  id: string;
  name: string;
  type: string;
  terms: string[];
  existing?: true;
  confidence: number;
}

interface RelationSpec {
  id: string;
  type: string;
  source: string;
  target: string;
  statement: string | null;
  /** A phrase of the one sentence the relation is read from. */
  in: string;
  confidence: number;
}

const ENTITIES: EntitySpec[] = [
  {
    id: 'trump-administration',
    name: 'Trump administration',
    type: 'GovernmentBody',
    terms: ['Trump administration'],
    existing: true,
    confidence: 0.95,
  },
  {
    id: 'cecot',
    name: 'CECOT',
    type: 'Prison',
    terms: ['CECOT', 'the prison'],
    existing: true,
    confidence: 0.95,
  },
  {
    id: 'nayib-bukele',
    name: 'Nayib Bukele',
    type: 'Person',
    terms: ['Nayib Bukele', 'Bukele'],
    existing: true,
    confidence: 0.9,
  },
  {
    id: 'el-salvador',
    name: 'El Salvador',
    type: 'Country',
    terms: ['El Salvador'],
    existing: true,
    confidence: 0.95,
  },
  { id: 'ana-ortega', name: 'Ana Ortega', type: 'Person', terms: ['Ana Ortega', 'Ortega'], confidence: 0.8 },
  {
    id: 'detained-migrants',
    name: 'Deported migrants',
    type: 'Group',
    terms: ['deported migrants'],
    confidence: 0.4,
  },
];

const RELATIONS: RelationSpec[] = [
  {
    id: 'trump-administration-said-keep-sending-migrants',
    type: 'SAID',
    source: 'trump-administration',
    target: 'detained-migrants',
    statement: 'It would keep sending deported migrants to CECOT.',
    in: 'keep sending',
    confidence: 0.85,
  },
  {
    id: 'bukele-said-prison-open-to-inspectors',
    type: 'SAID',
    source: 'nayib-bukele',
    target: 'cecot',
    statement: 'The prison would stay open to foreign inspectors.',
    in: 'foreign inspectors',
    confidence: 0.8,
  },
  {
    id: 'cecot-located-in-el-salvador-2',
    type: 'LOCATED_IN',
    source: 'cecot',
    target: 'el-salvador',
    statement: null,
    in: 'prison in El Salvador',
    confidence: 0.9,
  },
  {
    id: 'ortega-criticized-trump-administration',
    type: 'CRITICIZED',
    source: 'ana-ortega',
    target: 'trump-administration',
    statement: null,
    in: 'criticized the transfers',
    confidence: 0.35,
  },
  {
    id: 'bukele-replied-to-ortega',
    type: 'REPLIED_TO',
    source: 'nayib-bukele',
    target: 'ana-ortega',
    statement: null,
    in: 'replied to Ortega',
    confidence: 0.75,
  },
];

/** The draft an extractor could have made of `FOLLOW_UP_DOCUMENT`. */
export function followUpDraft(document: Document = FOLLOW_UP_DOCUMENT): Draft {
  const sentences = splitSentences(document.text);
  const entities: DraftEntity[] = ENTITIES.map((spec) => {
    const taken: [number, number][] = [];
    const spans = spec.terms.flatMap((term) => {
      const found: DraftEntity['spans'] = [];
      for (
        let at = document.text.indexOf(term);
        at >= 0;
        at = document.text.indexOf(term, at + term.length)
      ) {
        if (taken.some(([s0, e0]) => at < e0 && at + term.length > s0)) continue;
        taken.push([at, at + term.length]);
        found.push({
          documentId: document.id,
          text: term,
          start: at,
          end: at + term.length,
          via: term === spec.name ? 'name' : 'alias',
        });
      }
      return found;
    });
    const mentions = sentences
      .filter((s) => spans.some((span) => span.start >= s.start && span.end <= s.end))
      .map((s) => ({ documentId: document.id, sentence: s.text, start: s.start, end: s.end }));
    return {
      id: spec.id,
      name: spec.name,
      type: spec.type,
      aliases: [],
      description: null,
      mentions,
      confidence: spec.confidence,
      extractor: 'rules',
      ...(spec.existing ? { existing: true as const } : {}),
      spans,
    };
  });
  const relations: DraftRelation[] = RELATIONS.map((spec) => {
    const sentence = sentences.find((s) => s.text.includes(spec.in));
    if (sentence === undefined)
      throw new Error(`sample draft: no sentence contains ${JSON.stringify(spec.in)}`);
    return {
      id: spec.id,
      type: spec.type,
      source: spec.source,
      target: spec.target,
      statement: spec.statement,
      role: null,
      evidence: [
        { documentId: document.id, sentence: sentence.text, start: sentence.start, end: sentence.end },
      ],
      confidence: spec.confidence,
      extractor: 'rules',
    };
  });
  return { ...emptyDraft(document, ['rules']), entities, relations };
}

/**
 * The same draft with Ana Ortega split in two, as an extractor may propose her: "Ana Ortega" (her first
 * sentence) and "Ortega" alone (the last one, which Bukele's reply points at): what a merge inside the
 * draft puts back together.
 */
export function splitOrtegaDraft(): Draft {
  const draft = followUpDraft();
  const ana = draft.entities.find((e) => e.id === 'ana-ortega');
  if (ana === undefined) throw new Error('sample draft: no Ana Ortega');
  const [first, ...rest] = ana.mentions;
  if (first === undefined || rest.length === 0)
    throw new Error('sample draft: Ana Ortega needs two sentences');
  const inFirst = (s: { start: number }) => s.start >= first.start && s.start < first.end;
  const ortega: DraftEntity = {
    ...ana,
    id: 'ortega',
    name: 'Ortega',
    mentions: rest,
    spans: ana.spans?.filter((s) => !inFirst(s)),
    confidence: 0.6,
  };
  return {
    ...draft,
    entities: [
      ...draft.entities.map((e) =>
        e.id === 'ana-ortega' ? { ...ana, mentions: [first], spans: ana.spans?.filter(inFirst) } : e,
      ),
      ortega,
    ],
    relations: draft.relations.map((r) =>
      r.id === 'bukele-replied-to-ortega' ? { ...r, target: 'ortega' } : r,
    ),
  };
}
