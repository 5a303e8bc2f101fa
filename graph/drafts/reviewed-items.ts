import type { Draft, DraftEntity, DraftRelation } from '../extract/draft';
import type { Evidence } from '../model';
import type { EntityDecision, RelationDecision, Review } from './review-schema';

/**
 * A draft with a reviewer's decisions applied: the entities and relations to write, under the names,
 * types and ends the reviewer gave them, and what stops the accept (a relation whose end was not
 * accepted). Pure and free of zod, so the review screen can show the same outcome before it is sent.
 */

export interface AcceptedEntity {
  /** The draft's id for the entity (what relations of the draft point at). */
  draftId: string;
  /** The graph id it is written under: the draft's, or the entity it was merged into. */
  id: string;
  name: string;
  type: string;
  /** Names it also goes by, the proposed name among them when the reviewer renamed it. */
  aliases: string[];
  description: string | null;
  mentions: Evidence[];
  /** Already in the graph: the extractor linked it, or the reviewer merged it into one. */
  existing: boolean;
}

export interface AcceptedRelation {
  id: string;
  type: string;
  /** Graph ids of the ends. */
  source: string;
  target: string;
  statement: string | null;
  role: string | null;
  evidence: Evidence[];
}

export interface ReviewedItems {
  entities: AcceptedEntity[];
  relations: AcceptedRelation[];
  /** The proposals the reviewer turned down (remembered once the draft is accepted). */
  rejectedEntities: DraftEntity[];
  rejectedRelations: DraftRelation[];
  /** Proposals nobody decided on: left out, neither written nor remembered. */
  pending: number;
  /** Reasons the draft cannot be accepted as decided, for a person to fix; empty when it can. */
  problems: string[];
}

const PENDING = { status: 'pending' } as const;

export function decisionOf(review: Review, entity: DraftEntity): EntityDecision {
  return review.entities[entity.id] ?? PENDING;
}

export function relationDecisionOf(review: Review, relation: DraftRelation): RelationDecision {
  return review.relations[relation.id] ?? PENDING;
}

export function reviewedItems(draft: Draft, review: Review): ReviewedItems {
  const out: ReviewedItems = {
    entities: [],
    relations: [],
    rejectedEntities: [],
    rejectedRelations: [],
    pending: 0,
    problems: [],
  };
  const names = new Map(draft.entities.map((e) => [e.id, e.name]));
  const graphIdOf = new Map<string, string>();
  const merged: { entity: DraftEntity; into: string }[] = [];
  const acceptedByDraftId = new Map<string, AcceptedEntity>();
  for (const entity of draft.entities) {
    const decision = decisionOf(review, entity);
    if (decision.status === 'pending') out.pending += 1;
    if (decision.status === 'rejected') out.rejectedEntities.push(entity);
    if (decision.status !== 'accepted') continue;
    if (decision.mergeWith !== undefined && decision.mergeWith !== entity.id) {
      merged.push({ entity, into: decision.mergeWith });
      continue;
    }
    const accepted = acceptedEntity(entity, decision);
    graphIdOf.set(entity.id, accepted.id);
    acceptedByDraftId.set(entity.id, accepted);
    out.entities.push(accepted);
  }
  // A proposal merged with another of the draft joins that one: its mentions and names go with it.
  for (const { entity, into } of merged) {
    const target = acceptedByDraftId.get(into);
    if (target === undefined) {
      const name = names.get(into);
      out.problems.push(
        name === undefined
          ? `"${entity.name}" is merged with ${into}, which is not an entity of this draft; undo the merge.`
          : `"${entity.name}" is merged with "${name}", which is not accepted (or is merged itself); accept "${name}" or undo the merge.`,
      );
      continue;
    }
    foldInto(target, entity);
    graphIdOf.set(entity.id, target.id);
  }
  const endOf = (relation: string, draftId: string, end: 'source' | 'target'): string | undefined => {
    const id = graphIdOf.get(draftId);
    if (id === undefined) {
      const name = names.get(draftId);
      out.problems.push(
        name === undefined
          ? `${relation}: its ${end} ${draftId} is not an entity of this draft; pick one of the draft's entities.`
          : `${relation}: its ${end} "${name}" is not accepted; accept that entity or reject the relation.`,
      );
    }
    return id;
  };
  for (const relation of draft.relations) {
    const decision = relationDecisionOf(review, relation);
    if (decision.status === 'pending') out.pending += 1;
    if (decision.status === 'rejected') out.rejectedRelations.push(relation);
    if (decision.status !== 'accepted') continue;
    const type = decision.type ?? relation.type;
    const label = `Relation ${type} (${relation.id})`;
    const source = endOf(label, decision.source ?? relation.source, 'source');
    const target = endOf(label, decision.target ?? relation.target, 'target');
    if (source === undefined || target === undefined) continue;
    const statement = decision.statement === undefined ? relation.statement : decision.statement;
    out.relations.push({
      id: relation.id,
      type,
      source,
      target,
      statement,
      role: relation.role,
      evidence: relation.evidence,
    });
  }
  for (const added of review.added) {
    const label = `Added relation ${added.type} (${added.id})`;
    const source = endOf(label, added.source, 'source');
    const target = endOf(label, added.target, 'target');
    if (source === undefined || target === undefined) continue;
    out.relations.push({ ...added, source, target, role: null, evidence: [added.evidence] });
  }
  return out;
}

/** Adds a merged proposal's names (as aliases) and mentions to the entity it was merged with. */
function foldInto(target: AcceptedEntity, entity: DraftEntity): void {
  for (const name of [entity.name, ...entity.aliases]) {
    const known = [target.name, ...target.aliases].some((n) => n.toLowerCase() === name.toLowerCase());
    if (!known) target.aliases.push(name);
  }
  const spans = new Set(target.mentions.map((m) => `${m.documentId}:${m.start}:${m.end}`));
  for (const m of entity.mentions) {
    if (!spans.has(`${m.documentId}:${m.start}:${m.end}`)) target.mentions.push(m);
  }
  target.mentions.sort((a, b) => a.start - b.start);
}

function acceptedEntity(entity: DraftEntity, decision: EntityDecision): AcceptedEntity {
  const name = decision.name ?? entity.name;
  const aliases = name === entity.name ? entity.aliases : [entity.name, ...entity.aliases];
  return {
    draftId: entity.id,
    id: decision.mergeInto ?? entity.id,
    name,
    type: decision.type ?? entity.type,
    aliases: aliases.filter((alias) => alias !== name),
    description: entity.description,
    mentions: [...entity.mentions],
    existing: decision.mergeInto !== undefined || entity.existing === true,
  };
}

/**
 * "Accept all above a confidence": every proposal still pending whose confidence is at least `threshold`
 * becomes accepted (a relation only when both its ends are, or are about to be). Decisions already made
 * are kept. Returns a new review.
 */
export function acceptAbove(draft: Draft, review: Review, threshold: number): Review {
  const entities = { ...review.entities };
  for (const entity of draft.entities) {
    if (decisionOf(review, entity).status === 'pending' && entity.confidence >= threshold) {
      entities[entity.id] = { ...review.entities[entity.id], status: 'accepted' };
    }
  }
  const relations = { ...review.relations };
  for (const relation of draft.relations) {
    const decision = relationDecisionOf(review, relation);
    const ends = [decision.source ?? relation.source, decision.target ?? relation.target];
    const endsAccepted = ends.every((id) => entities[id]?.status === 'accepted');
    if (decision.status === 'pending' && relation.confidence >= threshold && endsAccepted) {
      relations[relation.id] = { ...decision, status: 'accepted' };
    }
  }
  return { ...review, entities, relations };
}
