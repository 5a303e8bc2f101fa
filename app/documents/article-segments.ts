import { sentenceAnchor } from '@/app/lib/document-link';

/**
 * How the document view cuts an article's text into what it renders: paragraphs (one per line), inside
 * them the sentences the graph points at (evidence of relations, mentions of entities), and inside those
 * the names of the mentioned entities, which become links to the explorer. Pure string work on offsets,
 * so the page renders the result as React text (never as HTML) and the rules are unit-tested here.
 */

/** A span of the article some evidence or mention points at. */
export interface SpanRef {
  sentence: string;
  start: number;
  end: number;
}

/** An entity mentioned in the article: where (its mention spans in this article) and by which names. */
export interface MentionedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  mentions: readonly SpanRef[];
}

/** Plain text, or a name that links to its entity. */
export type Inline =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'name'; start: number; text: string; entityId: string };

/** A sentence the graph points at; `anchor` is its element id (null on the rest of a sentence a line break cut). */
export interface SentenceBlock {
  kind: 'sentence';
  anchor: string | null;
  /** True when a relation cites it (highlighted); false when only entity mentions point at it. */
  evidence: boolean;
  start: number;
  end: number;
  parts: Inline[];
}

export interface Paragraph {
  start: number;
  children: (Inline | SentenceBlock)[];
}

export interface ArticleLayout {
  paragraphs: Paragraph[];
  /** Spans whose offsets do not point at their sentence in this text: drawn nowhere, counted for a warning. */
  unlocated: number;
  /** Anchors of spans that overlap a longer sentence already drawn: the page adds an empty target for each. */
  extraAnchors: { anchor: string; at: number }[];
}

interface Range {
  start: number;
  end: number;
}

interface SentenceRange extends Range {
  evidence: boolean;
}

interface NameRange extends Range {
  entityId: string;
}

/**
 * Public entry point: the layout of `text` with the sentences of `evidence` (relation evidence in this
 * article) highlighted, the mention sentences of `entities` anchored, and their names linked.
 */
export function layoutArticle(
  text: string,
  evidence: readonly SpanRef[],
  entities: readonly MentionedEntity[],
): ArticleLayout {
  const located = (span: SpanRef) =>
    span.start >= 0 && span.end <= text.length && text.slice(span.start, span.end) === span.sentence;
  const mentionSpans = entities.flatMap((entity) => entity.mentions);
  const all = [...evidence, ...mentionSpans];
  const unlocated = new Set(all.filter((s) => !located(s)).map((s) => `${s.start}-${s.end}`)).size;

  const bySpan = new Map<string, SentenceRange>();
  for (const span of evidence.filter(located)) {
    bySpan.set(`${span.start}-${span.end}`, { start: span.start, end: span.end, evidence: true });
  }
  for (const span of mentionSpans.filter(located)) {
    const key = `${span.start}-${span.end}`;
    if (!bySpan.has(key)) bySpan.set(key, { start: span.start, end: span.end, evidence: false });
  }
  const { kept: sentences, dropped } = nonOverlapping(
    [...bySpan.values()],
    (a, b) => Number(b.evidence) - Number(a.evidence),
  );

  const names = nonOverlapping(
    entities.flatMap((entity) =>
      entity.mentions.filter(located).flatMap((span) => findNames(text, span, entity)),
    ),
    (a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0),
  ).kept.filter((name) => !crossesBoundary(name, sentences));

  return {
    paragraphs: lines(text).map((line) => paragraph(text, line, sentences, names)),
    unlocated,
    extraAnchors: dropped.map((span) => ({ anchor: sentenceAnchor(span), at: span.start })),
  };
}

/**
 * Ranges sorted by start, longer first, then by `tieBreak`; each kept when it starts at or after the end of
 * the last one kept (a span inside a longer one, or straddling it, cannot be drawn as its own element).
 */
function nonOverlapping<T extends Range>(
  ranges: readonly T[],
  tieBreak: (a: T, b: T) => number,
): { kept: T[]; dropped: T[] } {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || tieBreak(a, b));
  const kept: T[] = [];
  const dropped: T[] = [];
  let reached = -1;
  for (const range of sorted) {
    if (range.start >= reached) {
      kept.push(range);
      reached = range.end;
    } else {
      dropped.push(range);
    }
  }
  return { kept, dropped };
}

/**
 * Every place inside `span` where the entity's name or an alias stands as a whole word. The first letter's
 * case may differ ("the administration" at the start of a sentence, "a federal judge" for "Federal judge");
 * the rest must match exactly, so an alias "US" never links the word "us".
 */
export function findNames(text: string, span: Range, entity: MentionedEntity): NameRange[] {
  const found: NameRange[] = [];
  const inside = text.slice(span.start, span.end);
  for (const name of new Set([entity.name, ...entity.aliases].flatMap(firstLetterVariants))) {
    if (name.length === 0) continue;
    for (let at = inside.indexOf(name); at !== -1; at = inside.indexOf(name, at + 1)) {
      const start = span.start + at;
      const end = start + name.length;
      if (isWordEdge(text, start - 1) && isWordEdge(text, end))
        found.push({ start, end, entityId: entity.id });
    }
  }
  return found;
}

function firstLetterVariants(name: string): string[] {
  const first = name.charAt(0);
  const rest = name.slice(1);
  return [...new Set([name, first.toUpperCase() + rest, first.toLowerCase() + rest])];
}

/** True when the character at `index` does not continue a word (or there is none). */
function isWordEdge(text: string, index: number): boolean {
  const char = text.charAt(index);
  return char === '' || !/[\p{L}\p{N}_]/u.test(char);
}

function crossesBoundary(name: Range, sentences: readonly Range[]): boolean {
  return sentences.some(
    (s) => (name.start < s.start && name.end > s.start) || (name.start < s.end && name.end > s.end),
  );
}

/** The non-empty lines of `text`, each a paragraph, with its offsets. */
function lines(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim().length > 0) ranges.push({ start, end });
    start = end + 1;
  }
  return ranges;
}

function paragraph(
  text: string,
  line: Range,
  sentences: readonly SentenceRange[],
  names: readonly NameRange[],
): Paragraph {
  const children: (Inline | SentenceBlock)[] = [];
  let cursor = line.start;
  for (const sentence of sentences) {
    const from = Math.max(sentence.start, line.start);
    const to = Math.min(sentence.end, line.end);
    if (from >= to) continue;
    children.push(...inlines(text, cursor, from, names));
    children.push({
      kind: 'sentence',
      // A sentence cut by a line break keeps its id on the part where it starts.
      anchor: from === sentence.start ? sentenceAnchor(sentence) : null,
      evidence: sentence.evidence,
      start: from,
      end: to,
      parts: inlines(text, from, to, names),
    });
    cursor = to;
  }
  children.push(...inlines(text, cursor, line.end, names));
  return { start: line.start, children };
}

/** Text from `from` to `to`, with the names that lie wholly inside it as links. */
function inlines(text: string, from: number, to: number, names: readonly NameRange[]): Inline[] {
  const parts: Inline[] = [];
  let cursor = from;
  for (const name of names) {
    if (name.start < from || name.end > to) continue;
    if (name.start > cursor)
      parts.push({ kind: 'text', start: cursor, text: text.slice(cursor, name.start) });
    parts.push({
      kind: 'name',
      start: name.start,
      text: text.slice(name.start, name.end),
      entityId: name.entityId,
    });
    cursor = name.end;
  }
  if (to > cursor) parts.push({ kind: 'text', start: cursor, text: text.slice(cursor, to) });
  return parts;
}
