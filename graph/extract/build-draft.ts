import type { Analysis, EntityCandidate, ProposedRelation } from './analysis';
import type { Draft, DraftEntity, DraftRelation, ExtractedBy, KnownEntity, MentionSpan } from './draft';
import { idAllocator, slugify } from './ids';
import { EntityLinker } from './link';
import type { Document, Evidence } from '../model';

/** Below this an entity's type is a guess from the name's shape, which an exact link may correct. */
const GUESSED_TYPE_CONFIDENCE = 0.6;

/**
 * Turns an analysis into the draft's entities and relations: entities linked to the graph (existing ones
 * keep the graph's id, name and type), ids for the new ones, mentions as whole sentences with offsets,
 * spans for the words, and one relation per type and ends with every sentence that states it.
 */
export function buildDraftItems(
  analysis: Analysis,
  document: Document,
  known: readonly KnownEntity[],
  extractor: ExtractedBy,
): Pick<Draft, 'entities' | 'relations'> {
  const linker = new EntityLinker(known);
  const allocate = idAllocator(known.map((k) => k.id));
  const evidenceOf = (sentence: number): Evidence => {
    const s = analysis.sentences[sentence];
    if (s === undefined) throw new Error(`buildDraftItems: no sentence ${sentence}`);
    return { documentId: document.id, sentence: s.text, start: s.start, end: s.end };
  };

  const byCandidate = new Map<EntityCandidate, DraftEntity>();
  const byId = new Map<string, DraftEntity>();
  for (const candidate of analysis.entities) {
    const aliases = [...candidate.aliases].filter((a) => a !== candidate.name).sort();
    const linked = linker.link({
      name: candidate.name,
      type: candidate.type,
      aliases,
      typeIsGuess: candidate.confidence < GUESSED_TYPE_CONFIDENCE,
    });
    const match = linked.match;
    const id = match?.id ?? allocate(slugify(candidate.name, `entity-${candidate.firstAt + 1}`));
    const existing = byId.get(id);
    if (existing !== undefined) {
      byCandidate.set(candidate, existing);
      continue;
    }
    const entity: DraftEntity = {
      id,
      name: match?.name ?? candidate.name,
      type: match?.type ?? candidate.type,
      aliases: match !== undefined ? mergedAliases(match, candidate) : aliases,
      description: candidate.description,
      mentions: [],
      confidence: round(match !== undefined ? Math.max(candidate.confidence, 0.9) : candidate.confidence),
      extractor,
      spans: [],
      ...(match !== undefined ? { existing: true as const } : {}),
      ...(linked.suggestions.length > 0 ? { suggestions: linked.suggestions } : {}),
    };
    byCandidate.set(candidate, entity);
    byId.set(id, entity);
  }

  const mentions = [...analysis.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const m of mentions) {
    const entity = byCandidate.get(m.entity);
    if (entity === undefined) continue;
    const span: MentionSpan = {
      documentId: document.id,
      text: analysis.text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      via: m.via,
    };
    if (span.text.trim() === '' || entity.spans.some((s) => s.start === span.start && s.end === span.end))
      continue;
    entity.spans.push(span);
    const evidence = evidenceOf(m.sentence);
    if (!entity.mentions.some((e) => e.start === evidence.start)) entity.mentions.push(evidence);
  }

  const relations = buildRelations(analysis.relations, byCandidate, evidenceOf, extractor);
  describeFromRoles(relations, byId);
  return { entities: [...byId.values()].filter((e) => e.mentions.length > 0), relations };
}

function buildRelations(
  proposed: readonly ProposedRelation[],
  byCandidate: ReadonlyMap<EntityCandidate, DraftEntity>,
  evidenceOf: (sentence: number) => Evidence,
  extractor: ExtractedBy,
): DraftRelation[] {
  const byKey = new Map<string, DraftRelation>();
  const allocate = idAllocator([]);
  const ordered = [...proposed].sort((a, b) => a.sentence - b.sentence);
  for (const r of ordered) {
    const source = byCandidate.get(r.source);
    const target = byCandidate.get(r.target);
    if (source === undefined || target === undefined || source.id === target.id) continue;
    const key = `${r.type}\u0000${source.id}\u0000${target.id}`;
    const evidence = evidenceOf(r.sentence);
    const old = byKey.get(key);
    if (old !== undefined) {
      if (!old.evidence.some((e) => e.start === evidence.start)) old.evidence.push(evidence);
      old.confidence = round(Math.max(old.confidence, r.confidence));
      continue;
    }
    byKey.set(key, {
      id: allocate(slugify(`${source.id}-${r.type}-${target.id}`, 'relation')),
      type: r.type,
      source: source.id,
      target: target.id,
      statement: r.statement,
      role: r.role,
      evidence: [evidence],
      confidence: round(r.confidence),
      extractor,
    });
  }
  return [...byKey.values()];
}

/** A new person's one-line description from a title the article gives them: "President, El Salvador". */
function describeFromRoles(
  relations: readonly DraftRelation[],
  byId: ReadonlyMap<string, DraftEntity>,
): void {
  for (const r of relations) {
    const person = byId.get(r.source);
    const other = byId.get(r.target);
    if (r.role === null || person === undefined || other === undefined) continue;
    if (person.existing === true || person.description !== null) continue;
    person.description = `${r.role}, ${other.name}`;
  }
}

function mergedAliases(match: KnownEntity, candidate: EntityCandidate): string[] {
  const names = new Set([...match.aliases, ...candidate.aliases, candidate.name]);
  names.delete(match.name);
  return [...names].sort();
}

const round = (n: number) => Math.round(n * 100) / 100;
