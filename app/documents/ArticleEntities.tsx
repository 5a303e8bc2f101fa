import { TypeSwatch } from '@/app/lib/TypeSwatch';
import { mentionHref } from './mention-link';
import { humanizeType } from '@/app/lib/type-style';
import type { EntityNode } from '@/graph/model';

interface ArticleEntitiesProps {
  documentId: string;
  entities: readonly EntityNode[];
  /** Each entity's neighbours, for its link (load-document.ts). */
  neighbours: ReadonlyMap<string, readonly string[]>;
}

/**
 * Who and what the article names, by name, each a link to the explorer with the entity drawn with its
 * neighbours and selected. It also reaches the entities a sentence names only by a pronoun ("He added…"), which the text
 * itself has no word to link.
 */
export function ArticleEntities({ documentId, entities, neighbours }: ArticleEntitiesProps) {
  const byName = [...entities].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  return (
    <section className="article-section" aria-labelledby="entities-heading" data-testid="article-entities">
      <h2 id="entities-heading" className="article-section-title">
        Who and what it names <span className="section-count">{entities.length}</span>
      </h2>
      {byName.length === 0 ? (
        <p className="article-empty">No entity in the graph is mentioned in this article.</p>
      ) : (
        <ul className="article-entities">
          {byName.map((entity) => {
            const count = entity.mentions.filter((m) => m.documentId === documentId).length;
            return (
              <li key={entity.id}>
                <a
                  className="article-entity"
                  href={mentionHref(entity.id, neighbours)}
                  data-entity-id={entity.id}
                >
                  <TypeSwatch type={entity.type} />
                  <span>{entity.name}</span>
                </a>
                <span className="article-entity-meta">
                  {humanizeType(entity.type)} · {count} sentence{count === 1 ? '' : 's'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
