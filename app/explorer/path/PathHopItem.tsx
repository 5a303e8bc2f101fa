import { documentHref } from '@/app/lib/document-link';
import type { PathHop } from './path-chain';
import type { EvidenceView, RelationView } from '@/app/lib/queries';

/** Past this many sentences a hop says how many more there are: the chain should stay readable. */
const SENTENCES_PER_HOP = 3;

/**
 * One hop of a path: the relation as stored ("Source —TYPE→ Target", who did what to whom), a note when
 * the path walks it against its arrow, what was said, and each evidence sentence quoted with a link to it
 * in its article.
 */
export function PathHopItem({
  hop,
  evidence,
  onSelectRelation,
}: {
  hop: PathHop;
  /** The relation's sentences, or where loading them stands. */
  evidence: EvidenceView[] | 'loading' | 'error';
  onSelectRelation(relation: RelationView): void;
}) {
  const { relation } = hop;
  const sentences = typeof evidence === 'string' ? [] : evidence;
  const shown = sentences.slice(0, SENTENCES_PER_HOP);
  const more = sentences.length - shown.length;
  return (
    <li className="path-hop" data-id={relation.id}>
      <button type="button" className="path-hop-relation" onClick={() => onSelectRelation(relation)}>
        <span className="path-hop-end">{relation.source.name}</span>{' '}
        <span className="relation-type" aria-hidden="true">
          —{relation.type}→
        </span>
        <span className="visually-hidden"> {relation.type} </span>{' '}
        <span className="path-hop-end">{relation.target.name}</span>
      </button>
      {!hop.alongStoredDirection && (
        <p className="path-hop-note">
          The path goes from {hop.from.name} back to {hop.to.name} along this relation.
        </p>
      )}
      {relation.statement !== null && relation.statement !== '' && (
        <p className="path-hop-statement">{relation.statement}</p>
      )}
      {shown.map((sentence) => (
        <figure key={`${sentence.documentId}:${sentence.start}`} className="path-evidence">
          <blockquote className="evidence-text">{sentence.sentence}</blockquote>
          <figcaption className="evidence-source">
            <a href={documentHref(sentence.documentId, sentence, relation.id)}>
              Read it in the article
              <span className="visually-hidden">
                {' '}
                ({relation.source.name} {relation.type} {relation.target.name})
              </span>
            </a>
          </figcaption>
        </figure>
      ))}
      {more > 0 && (
        <p className="path-hop-more">
          {more} more {more === 1 ? 'sentence says' : 'sentences say'} so (in the relation’s details).
        </p>
      )}
      {evidence === 'loading' && <p className="path-hop-more">Loading the sentences…</p>}
      {evidence === 'error' && (
        <p className="path-hop-more">The sentences could not be loaded: open the relation to try again.</p>
      )}
      {Array.isArray(evidence) && evidence.length === 0 && (
        <p className="path-hop-more">No evidence sentence recorded.</p>
      )}
    </li>
  );
}
