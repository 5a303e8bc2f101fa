'use client';

import { useMemo, useState } from 'react';
import type { EntityDecision, RelationDecision, Review } from '@/graph/drafts/review-schema';
import { acceptAbove, decisionOf, relationDecisionOf, reviewedItems } from '@/graph/drafts/reviewed-items';
import type { StoredDraft } from '@/graph/drafts/stored-draft';
import { postAccept } from '../client-api';
import type { AcceptState } from './AcceptPanel';
import { AcceptPanel } from './AcceptPanel';
import { AddRelationForm } from './AddRelationForm';
import { DraftText } from './DraftText';
import type { GraphEntityRef } from './EntityCard';
import { EntityCard } from './EntityCard';
import { RelationCard } from './RelationCard';
import { layoutDraftText } from './text-layout';
import { useReview } from './use-review';

/**
 * The review screen of one draft: the article with the proposed mentions highlighted, the proposed
 * entities and relations with their decisions, a way to add a relation, and Accept. Decisions are saved
 * as they are made (the draft survives a restart); nothing enters the graph before Accept.
 */
export function ReviewScreen({
  stored,
  sentences,
  graphEntities: linked,
}: {
  stored: StoredDraft;
  sentences: { text: string; start: number; end: number }[];
  /** The entities of the graph the draft links to, suggests or was merged into (not the whole graph). */
  graphEntities: GraphEntityRef[];
}) {
  const [graphEntities, setGraphEntities] = useState(linked);
  const learn = (entity: GraphEntityRef) =>
    setGraphEntities((known) => (known.some((g) => g.id === entity.id) ? known : [...known, entity]));
  const { draft } = stored;
  const document = draft.documents[0];
  const { review, update, save, savedRevision, settled } = useReview(
    stored.id,
    stored.review,
    stored.revision,
  );
  const [focused, setFocused] = useState<number | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [accept, setAccept] = useState<AcceptState>(
    stored.status === 'accepted' ? { kind: 'accepted', documentId: document?.id ?? null } : { kind: 'idle' },
  );
  const laid = useMemo(
    () => layoutDraftText(document?.text ?? '', sentences, draft.entities),
    [document, sentences, draft.entities],
  );
  const items = useMemo(() => reviewedItems(draft, review), [draft, review]);
  const names = new Map(draft.entities.map((e) => [e.id, e.name]));
  const closed = accept.kind === 'accepted';

  const setEntity = (id: string, decision: EntityDecision) =>
    update({ ...review, entities: { ...review.entities, [id]: decision } });
  const setRelation = (id: string, decision: RelationDecision) =>
    update({ ...review, relations: { ...review.relations, [id]: decision } });
  const change = (next: Review) => update(next);

  async function acceptDraft() {
    setAccept({ kind: 'accepting' });
    const revision = await settled();
    const result = await postAccept(stored.id, revision);
    setAccept(
      result.ok
        ? { kind: 'accepted', documentId: result.data.documentId }
        : { kind: 'failed', message: result.message, problems: result.problems },
    );
  }

  if (document === undefined) return <p className="article-empty">This draft holds no article.</p>;
  const pickedSentence = sentences.find((s) => s.start === picked) ?? null;
  const relationIds = new Set([...draft.relations.map((r) => r.id), ...review.added.map((r) => r.id)]);

  return (
    <div className="review-page" data-testid="review-screen" data-draft-id={stored.id}>
      <main className="article">
        <header className="article-header">
          <p className="article-eyebrow">Draft · {closed ? 'accepted' : 'waiting for review'}</p>
          <h1 className="article-title">{document.title}</h1>
          <p className="article-meta">
            {[document.source, document.publishedAt].filter((x) => x !== null).join(' · ') ||
              'Source and date unknown'}
          </p>
          {draft.extraction.warnings.map((w) => (
            <p key={w} className="field-hint" role="note">
              {w}
            </p>
          ))}
          <p className="save-state" aria-live="polite" data-testid="save-state" data-revision={savedRevision}>
            {save.kind === 'saving'
              ? 'Saving…'
              : save.kind === 'saved'
                ? 'All decisions saved'
                : save.message}
          </p>
        </header>
        <DraftText
          sentences={laid}
          statusOf={(id) => review.entities[id]?.status ?? 'pending'}
          nameOf={(id) => names.get(id) ?? id}
          focused={focused}
          picked={picked}
          onPick={setPicked}
        />
      </main>
      <aside className="review-side" aria-label="Proposals" inert={closed}>
        <section aria-labelledby="entities-title">
          <h2 id="entities-title">Entities ({draft.entities.length})</h2>
          <ul className="proposal-list">
            {draft.entities.map((e) => (
              <EntityCard
                key={e.id}
                entity={e}
                decision={decisionOf(review, e)}
                graphEntities={graphEntities}
                onFound={learn}
                proposals={draft.entities.filter(
                  (other) => other.id !== e.id && review.entities[other.id]?.mergeWith === undefined,
                )}
                mergedHere={draft.entities
                  .filter((other) => review.entities[other.id]?.mergeWith === e.id)
                  .map((other) => other.name)}
                onChange={(d) => setEntity(e.id, d)}
              />
            ))}
          </ul>
        </section>
        <section aria-labelledby="relations-title">
          <h2 id="relations-title">Relations ({draft.relations.length + review.added.length})</h2>
          <ul className="proposal-list">
            {draft.relations.map((r) => (
              <RelationCard
                key={r.id}
                relation={r}
                decision={relationDecisionOf(review, r)}
                entities={draft.entities}
                onChange={(d) => setRelation(r.id, d)}
                onFocusSentence={setFocused}
              />
            ))}
            {review.added.map((r) => (
              <li key={r.id} className="proposal proposal-accepted" data-testid="added-relation">
                <div className="proposal-head">
                  <strong>{names.get(r.source)}</strong> <span className="relation-type">{r.type}</span>{' '}
                  <strong>{names.get(r.target)}</strong> <span className="badge">added by you</span>
                </div>
                <blockquote className="proposal-sentence">{r.evidence.sentence}</blockquote>
                <button
                  type="button"
                  onClick={() => change({ ...review, added: review.added.filter((a) => a.id !== r.id) })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <AddRelationForm
            documentId={document.id}
            sentence={pickedSentence}
            entities={draft.entities}
            existingIds={relationIds}
            onAdd={(r) => change({ ...review, added: [...review.added, r] })}
          />
        </section>
        {!closed && (
          <AcceptPanel
            items={items}
            state={accept}
            onAcceptAbove={(t) => change(acceptAbove(draft, review, t))}
            onAccept={() => void acceptDraft()}
          />
        )}
      </aside>
      {closed && (
        <AcceptPanel
          items={items}
          state={accept}
          onAcceptAbove={() => undefined}
          onAccept={() => undefined}
        />
      )}
    </div>
  );
}
