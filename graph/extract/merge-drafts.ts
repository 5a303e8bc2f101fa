import type { Draft, DraftEntity, DraftRelation, ExtractedBy } from './draft';
import { emptyDraft } from './draft';

const same = (a: { documentId: string; start: number; end: number }, b: typeof a) =>
  a.documentId === b.documentId && a.start === b.start && a.end === b.end;

const agree = (a: ExtractedBy, b: ExtractedBy): ExtractedBy => (a === b ? a : 'both');

/**
 * Several drafts as one (one per article of an `npm run ingest` run, or the rules' and the LLM's drafts of
 * one article): documents side by side, each once; an entity
 * proposed by two articles under one id (the same name, or the same entity of the graph) becomes one with
 * the mentions of both; relations alike, with the evidence of both.
 */
export function mergeDrafts(drafts: readonly Draft[]): Draft {
  const merged = emptyDraft(drafts[0]?.documents[0] ?? placeholder, []);
  merged.documents = [];
  const documentIds = new Set<string>();
  const entities = new Map<string, DraftEntity>();
  const relations = new Map<string, DraftRelation>();
  for (const draft of drafts) {
    for (const d of draft.documents) {
      if (documentIds.has(d.id)) continue;
      documentIds.add(d.id);
      merged.documents.push(d);
    }
    for (const name of draft.extraction.extractors)
      if (!merged.extraction.extractors.includes(name)) merged.extraction.extractors.push(name);
    merged.extraction.dropped += draft.extraction.dropped;
    merged.extraction.warnings.push(...draft.extraction.warnings);
    for (const e of draft.entities) {
      const old = entities.get(e.id);
      if (old === undefined) {
        entities.set(e.id, structuredClone(e));
        continue;
      }
      old.aliases = [...new Set([...old.aliases, ...e.aliases])].sort();
      old.mentions.push(...e.mentions.filter((m) => !old.mentions.some((o) => same(o, m))));
      old.spans.push(...e.spans.filter((m) => !old.spans.some((o) => same(o, m))));
      old.confidence = Math.max(old.confidence, e.confidence);
      old.extractor = agree(old.extractor, e.extractor);
    }
    for (const r of draft.relations) {
      const key = `${r.type}\u0000${r.source}\u0000${r.target}`;
      const old = relations.get(key);
      if (old === undefined) {
        const id = [...relations.values()].some((x) => x.id === r.id)
          ? `${r.id}-${relations.size + 1}`
          : r.id;
        relations.set(key, { ...structuredClone(r), id });
        continue;
      }
      old.evidence.push(...r.evidence.filter((m) => !old.evidence.some((o) => same(o, m))));
      old.confidence = Math.max(old.confidence, r.confidence);
      old.extractor = agree(old.extractor, r.extractor);
    }
  }
  merged.entities = [...entities.values()];
  merged.relations = [...relations.values()];
  return merged;
}

const placeholder = { id: 'none', title: 'none', source: null, publishedAt: null, text: 'none' };
