import type { Metadata } from 'next';
import { NewArticleForm } from './NewArticleForm';

export const metadata: Metadata = { title: 'Add an article · newsgraph' };

/** `/articles/new`: paste or upload an article; the extractor proposes, a person reviews next. */
export default function NewArticlePage() {
  return (
    <main className="article-page article-index" data-testid="new-article">
      <h1 className="article-title">Add an article</h1>
      <p className="article-meta">
        Paste the article’s text or upload it as .txt, .md or .html. The extractor proposes the people,
        organisations and relations it finds, each with its sentence; you review them before anything enters
        the graph.
      </p>
      <NewArticleForm />
    </main>
  );
}
