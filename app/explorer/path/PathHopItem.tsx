import { documentHref } from '@/app/lib/document-link';
import type { PathHop } from './path-chain';
import type { RelationView } from '@/app/lib/queries';

/** Past this many sentences a hop says how many more there are: the chain should stay readable. */
const SENTENCES_PER_HOP = 3;

/**
 * One hop of a path: the relation as stored ("Source —TYPE→ Target", who did what to whom), a note when
 * the path walks it against its arrow, what was said, and each evidence sentence quoted with a link to it
 * in its article.
 */
export function PathHopItem({
  hop,
  onSelectRelation,
}: {
  hop: PathHop;
  onSelectRelation(relation: RelationView): void;
}) {
  const { relation } = hop;
  const shown = relation.evidence.slice(0, SENTENCES_PER_HOP);
  const more = relation.evidence.length - shown.length;
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
      {shown.map((evidence) => (
        <figure key={`${evidence.documentId}:${evidence.start}`} className="path-evidence">
          <blockquote className="evidence-text">{evidence.sentence}</blockquote>
          <figcaption className="evidence-source">
            <a href={documentHref(evidence.documentId, evidence, relation.id)}>
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
      {relation.evidence.length === 0 && <p className="path-hop-more">No evidence sentence recorded.</p>}
    </li>
  );
}
