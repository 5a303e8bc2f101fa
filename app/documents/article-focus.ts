import type { Evidence, Relation } from '@/graph/model';
import { ID_PATTERN } from '@/graph/identifiers';
import type { EntityRef } from './load-document';

/**
 * Which sentences the document view marks. Arriving from the explorer with `?about=<id>` (an entity or a
 * relation), only the sentences the graph read about it are marked: marking every evidence sentence of
 * the article made the mark say nothing. The rest of the text reads as usual, and the page offers to mark
 * every evidence sentence on request.
 */

interface ArticleFocus {
  /** What the marked sentences are about, as the reader knows it ("Nayib Bukele", "A —SAID→ B"). */
  name: string;
  /** How many distinct sentences are marked, of how many the graph read from this article. */
  shown: number;
  total: number;
}

export interface MarkedEvidence {
  evidence: Evidence[];
  /** Null when every evidence sentence is marked. */
  focus: ArticleFocus | null;
}

function distinctSpans(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((e) => `${e.start}-${e.end}`)).size;
}

/** The evidence of `relations` in `documentId` to mark, narrowed to what `about` names when it names something here. */
export function markedEvidence(
  documentId: string,
  relations: readonly Relation[],
  names: ReadonlyMap<string, EntityRef>,
  about: string | undefined,
): MarkedEvidence {
  const inThis = (r: Relation) => r.evidence.filter((e) => e.documentId === documentId);
  const all = relations.flatMap(inThis);
  if (about === undefined || !ID_PATTERN.test(about)) return { evidence: all, focus: null };
  const relation = relations.find((r) => r.id === about);
  const relevant =
    relation !== undefined ? [relation] : relations.filter((r) => r.source === about || r.target === about);
  const evidence = relevant.flatMap(inThis);
  if (evidence.length === 0) return { evidence: all, focus: null };
  const nameOf = (id: string) => names.get(id)?.name ?? id;
  const name =
    relation !== undefined
      ? `${nameOf(relation.source)} —${relation.type}→ ${nameOf(relation.target)}`
      : nameOf(about);
  return { evidence, focus: { name, shown: distinctSpans(evidence), total: distinctSpans(all) } };
}
