import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Draft, DraftEntity, DraftRelation } from '../extract/draft';

/**
 * Proposals a reviewer rejected, remembered so that extracting the same article again (or another one
 * saying the same thing in the same words) does not propose them again. A rejection is keyed by what the
 * extractor proposed, not by draft ids, which may differ from run to run: an entity by its type and
 * normalised name, a relation by its type, the normalised names of its ends and its sentence.
 */
export const rejectionSchema = z
  .object({
    key: z.string().min(1).max(200),
    kind: z.enum(['entity', 'relation']),
    /** What the reviewer saw, for a list of rejections: "Person Bukele", "SAID Bukele → Clinton". */
    label: z.string().min(1).max(500),
    rejectedAt: z.iso.datetime(),
  })
  .strict();
export type Rejection = z.infer<typeof rejectionSchema>;

/** Case, accents, punctuation and spacing aside, so "the U.S." and "The US" are one name. */
function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

function entityRejectionKey(entity: Pick<DraftEntity, 'name' | 'type'>): string {
  return `entity:${digest(`${entity.type}\u0000${normaliseName(entity.name)}`)}`;
}

function relationRejectionKey(
  relation: Pick<DraftRelation, 'type' | 'evidence'>,
  sourceName: string,
  targetName: string,
): string {
  const sentence = relation.evidence[0]?.sentence ?? '';
  const parts = [relation.type, normaliseName(sourceName), normaliseName(targetName), sentence.trim()];
  return `relation:${digest(parts.join('\u0000'))}`;
}

/** The rejection that records a reviewer turning down `entity`. */
export function entityRejection(entity: DraftEntity, at: string): Rejection {
  return {
    key: entityRejectionKey(entity),
    kind: 'entity',
    label: `${entity.type} ${entity.name}`,
    rejectedAt: at,
  };
}

/** The rejection that records a reviewer turning down `relation`, whose ends are named by `nameOf`. */
export function relationRejection(
  relation: DraftRelation,
  nameOf: (id: string) => string,
  at: string,
): Rejection {
  const source = nameOf(relation.source);
  const target = nameOf(relation.target);
  return {
    key: relationRejectionKey(relation, source, target),
    kind: 'relation',
    label: `${relation.type} ${source} → ${target}`,
    rejectedAt: at,
  };
}

/**
 * The draft without the proposals rejected before: those entities, the relations touching them, and the
 * relations rejected themselves. Says how many it left out in the extraction report's warnings.
 */
export function withoutRejected(draft: Draft, rejections: readonly Rejection[]): Draft {
  const rejected = new Set(rejections.map((r) => r.key));
  if (rejected.size === 0) return draft;
  const entities = draft.entities.filter((e) => !rejected.has(entityRejectionKey(e)));
  const kept = new Map(entities.map((e) => [e.id, e.name]));
  const relations = draft.relations.filter((r) => {
    const source = kept.get(r.source);
    const target = kept.get(r.target);
    return (
      source !== undefined && target !== undefined && !rejected.has(relationRejectionKey(r, source, target))
    );
  });
  const left = draft.entities.length - entities.length + draft.relations.length - relations.length;
  if (left === 0) return draft;
  return {
    ...draft,
    entities,
    relations,
    extraction: {
      ...draft.extraction,
      warnings: [
        ...draft.extraction.warnings,
        `${left} proposal${left === 1 ? '' : 's'} rejected in an earlier review ${left === 1 ? 'was' : 'were'} left out.`,
      ],
    },
  };
}
