import { mentionHref } from './mention-link';
import type { ArticleLayout, Inline, SentenceBlock } from './article-segments';
import type { EntityRef } from './load-document';

interface ArticleTextProps {
  layout: ArticleLayout;
  names: ReadonlyMap<string, EntityRef>;
  /** Each mentioned entity's neighbours, for its links (load-document.ts). */
  neighbours: ReadonlyMap<string, readonly string[]>;
}

/**
 * The article's text as laid out by `layoutArticle`: evidence sentences in `<mark>`, every sentence the
 * graph points at with an id a fragment can target (and `tabIndex=-1` so it can take focus), entity names
 * as links that open the explorer with that entity drawn and selected. Everything is React text.
 */
export function ArticleText({ layout, names, neighbours }: ArticleTextProps) {
  return (
    <div className="article-text" data-testid="article-text">
      {layout.extraAnchors.map(({ anchor }) => (
        // Spans hidden inside a longer highlighted sentence still need a target for their links.
        <span key={anchor} id={anchor} className="sentence-anchor" tabIndex={-1} data-sentence="" />
      ))}
      {layout.paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.children.map((child) =>
            child.kind === 'sentence' ? (
              <Sentence key={`s${child.start}`} sentence={child} names={names} neighbours={neighbours} />
            ) : (
              <InlinePart key={`i${child.start}`} part={child} names={names} neighbours={neighbours} />
            ),
          )}
        </p>
      ))}
    </div>
  );
}

type Links = Pick<ArticleTextProps, 'names' | 'neighbours'>;

function Sentence({ sentence, names, neighbours }: { sentence: SentenceBlock } & Links) {
  const parts = sentence.parts.map((part) => (
    <InlinePart key={part.start} part={part} names={names} neighbours={neighbours} />
  ));
  const common = {
    id: sentence.anchor ?? undefined,
    tabIndex: sentence.anchor === null ? undefined : -1,
    'data-sentence': '',
  };
  return sentence.evidence ? (
    <mark className="sentence sentence-evidence" data-testid="evidence-mark" {...common}>
      {parts}
    </mark>
  ) : (
    <span className="sentence sentence-mention" {...common}>
      {parts}
    </span>
  );
}

function InlinePart({ part, names, neighbours }: { part: Inline } & Links) {
  if (part.kind === 'text') return <>{part.text}</>;
  const entity = names.get(part.entityId);
  const label = entity === undefined ? part.text : `${entity.name}: open in the explorer`;
  return (
    <a
      className="entity-mention"
      href={mentionHref(part.entityId, neighbours)}
      data-entity-id={part.entityId}
      title={label}
    >
      {part.text}
    </a>
  );
}
