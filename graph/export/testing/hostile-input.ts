import type { Document, Entity, Evidence, GraphBatch, Relation } from '../../model';
import type { ExportInput } from '../types';
import { exportInputOf } from './export-input';

/**
 * Test support: an export whose every text field is hostile to some format: markup characters and
 * entities that must stay literal (`<`, `&`, `&amp;`, `]]>`), both quotes, commas and semicolons, line
 * breaks of both kinds, tabs, backslashes and escape-like sequences, Cypher comment and statement
 * separators, an emoji built with a zero-width joiner (👩🏽‍⚖️), and right-to-left text (Arabic, Hebrew).
 * Shared by the exporters' tests and the importers' round trips: whatever goes in must come out the same.
 *
 * Offsets are found with indexOf in the documents' text, never typed, so every evidence span is exact.
 */

const S_QUOTE = `Ada "The Judge" O'Brien <ada@example.org> said: "Rules & <b>tags</b> aren't law", didn't she?`;
const S_LINES = 'Line one, with a comma;\nline two;\r\nline three, with 👩🏽‍⚖️ and a tab\there.';
const S_RTL = 'قالت المحكمة: «لا» — ובית המשפט אמר "כן", 2024.';
const S_ESCAPES =
  "Escapes stay literal: &amp; &#60; &lt; ]]> \\n \\u0041 \\' $param {braces} `ticks` -- // end;\nMATCH (n) DETACH DELETE n;";

const COURT: Document = {
  id: 'court-report',
  title: `Court & "Press" <Review>, 'today'`,
  source: 'https://example.org/a?b=1&c=2',
  publishedAt: '2024-05-01',
  text: `${S_QUOTE} ${S_LINES}\r\n\r\n${S_ESCAPES}\n`,
};

const RTL: Document = {
  id: 'rtl-report',
  title: 'تقرير — דוח',
  source: null,
  publishedAt: null,
  text: `${S_RTL}\n`,
};

const DOCUMENTS = [COURT, RTL];

function evidence(sentence: string): Evidence {
  const document = DOCUMENTS.find((d) => d.text.includes(sentence));
  if (document === undefined) throw new Error(`hostile input: no document holds ${JSON.stringify(sentence)}`);
  const start = document.text.indexOf(sentence);
  return { documentId: document.id, sentence, start, end: start + sentence.length };
}

const ENTITIES: Entity[] = [
  {
    id: 'ada-obrien',
    name: `Ada "The Judge" O'Brien <3 & co, >_<`,
    type: 'Person',
    aliases: ['O’Brien, Ada', "Judge\nO'Brien", '👩🏽‍⚖️'],
    description: 'Judge; writes "rulings", <b>not</b> tweets.\r\nSecond line,\tafter a tab.',
    mentions: [evidence(S_QUOTE), evidence(S_LINES)],
  },
  {
    id: 'mahkama',
    name: 'المحكمة العليا — בית המשפט',
    type: 'Organization',
    aliases: ['בית המשפט העליון', 'Court (العربية / עברית)'],
    description: null,
    mentions: [evidence(S_RTL)],
  },
  {
    id: 'escapes-inc',
    name: 'Escapes & Co.\r\n&amp; &#60; ]]> \\ `x` $y',
    type: 'Organization',
    aliases: [],
    description: '// not a comment; /* nor this */ -- nor this\nMATCH (n) DETACH DELETE n;',
    mentions: [evidence(S_ESCAPES)],
  },
  {
    id: 'quiet-entity',
    name: 'Quiet 👩🏽‍⚖️\nPlace',
    type: 'Place',
    aliases: [],
    description: null,
    mentions: [],
  },
];

const RELATIONS: Relation[] = [
  {
    id: 'ada-said-rules',
    type: 'SAID',
    source: 'ada-obrien',
    target: 'mahkama',
    statement: `Rules & <b>tags</b> aren't "law", 👩🏽‍⚖️ — قالت`,
    role: null,
    evidence: [evidence(S_QUOTE), evidence(S_RTL)],
  },
  {
    id: 'ada-works-for-court',
    type: 'WORKS_FOR',
    source: 'ada-obrien',
    target: 'mahkama',
    statement: null,
    role: 'Judge, "senior"\r\n(retired)',
    evidence: [evidence(S_LINES)],
  },
  {
    id: 'escapes-criticized-ada',
    type: 'CRITICIZED',
    source: 'escapes-inc',
    target: 'ada-obrien',
    statement: "end;\nMATCH (n) DETACH DELETE n; // \\u0041 '",
    role: null,
    evidence: [evidence(S_ESCAPES)],
  },
  {
    id: 'ada-cited-herself',
    type: 'CITED',
    source: 'ada-obrien',
    target: 'ada-obrien',
    statement: null,
    role: null,
    evidence: [evidence(S_LINES)],
  },
];

/** The hostile graph as a batch (a fresh copy each call). */
export function hostileBatch(): GraphBatch {
  return structuredClone({ documents: DOCUMENTS, entities: ENTITIES, relations: RELATIONS });
}

/** The hostile graph as an export: every entity with its degree, every document its evidence cites. */
export function hostileInput(): ExportInput {
  return exportInputOf(hostileBatch());
}
