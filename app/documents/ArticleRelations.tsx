import { TypeSwatch } from '@/app/lib/TypeSwatch';
import { sentenceAnchor } from '@/app/lib/document-link';
import { explorerHref } from '@/app/lib/explorer-link';
import type { Evidence, Relation } from '@/graph/model';
import type { EntityRef } from './load-document';

interface ArticleRelationsProps {
  documentId: string;
  relations: readonly Relation[];
  names: ReadonlyMap<string, EntityRef>;
}

/** How much of a sentence a link to it quotes before an ellipsis. */
const QUOTE_LENGTH = 90;

/**
 * What the article supports, in the order the article says it: each relation with a link to every
 * sentence of this article it was read from (a fragment of this page) and one to see it on the canvas.
 */
export function ArticleRelations({ documentId, relations, names }: ArticleRelationsProps) {
  const inArticle = (relation: Relation): Evidence[] =>
    relation.evidence.filter((e) => e.documentId === documentId).sort((a, b) => a.start - b.start);
  const ordered = [...relations].sort(
    (a, b) => (inArticle(a)[0]?.start ?? 0) - (inArticle(b)[0]?.start ?? 0) || (a.id < b.id ? -1 : 1),
  );

  return (
    <section className="article-section" aria-labelledby="relations-heading" data-testid="article-relations">
      <h2 id="relations-heading" className="article-section-title">
        What it reports <span className="section-count">{relations.length}</span>
      </h2>
      {ordered.length === 0 ? (
        <p className="article-empty">No relation in the graph was read from this article.</p>
      ) : (
        <ol className="article-relations">
          {ordered.map((relation) => {
            const source = names.get(relation.source);
            const target = names.get(relation.target);
            const summary = `${source?.name ?? relation.source} ${relation.type} ${target?.name ?? relation.target}`;
            return (
              <li key={relation.id} className="article-relation" data-relation-id={relation.id}>
                <p className="article-relation-title">
                  <End end={source} id={relation.source} />
                  <span className="edge-type">
                    <span aria-hidden="true"> —</span>
                    {relation.type}
                    <span aria-hidden="true">→ </span>
                  </span>
                  <End end={target} id={relation.target} />
                </p>
                {(relation.statement ?? relation.role) !== null && (
                  <p className="article-relation-statement">{relation.statement ?? relation.role}</p>
                )}
                <ul className="article-relation-links">
                  {inArticle(relation).map((evidence) => (
                    <li key={evidence.start}>
                      <a href={`#${sentenceAnchor(evidence)}`} data-testid="sentence-link">
                        “{quote(evidence.sentence)}”
                      </a>
                    </li>
                  ))}
                  <li>
                    <a
                      className="article-relation-canvas"
                      href={explorerHref({
                        entities: [relation.source, relation.target],
                        selected: [relation.id],
                      })}
                      aria-label={`Show in the explorer: ${summary}`}
                    >
                      Show in the explorer
                    </a>
                  </li>
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function End({ end, id }: { end: EntityRef | undefined; id: string }) {
  return (
    <span className="article-relation-end">
      {end !== undefined && <TypeSwatch type={end.type} />}
      {end?.name ?? id}
    </span>
  );
}

function quote(sentence: string): string {
  if (sentence.length <= QUOTE_LENGTH) return sentence;
  const cut = sentence.slice(0, QUOTE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
