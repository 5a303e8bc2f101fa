import type { Metadata } from 'next';
import { getDraftStore } from '@/app/server/articles/draft-store';
import { StoreUnavailable } from '../documents/StoreUnavailable';
import { loadDraftList } from './load-drafts';

export const metadata: Metadata = { title: 'Drafts · newsgraph' };
export const dynamic = 'force-dynamic';

/** `/articles`: the drafts waiting for review, and those accepted, newest first. */
export default async function DraftsPage() {
  const loaded = await loadDraftList(getDraftStore);
  if (loaded.kind === 'unavailable') return <StoreUnavailable message={loaded.message} />;
  const drafts = loaded.data;
  return (
    <main className="article-page article-index" data-testid="drafts-index">
      <h1 className="article-title">Drafts</h1>
      <p className="article-meta">
        Articles added here are read by the extractor and wait for a person to review them; nothing enters the
        graph before that. <a href="/articles/new">Add an article</a>
      </p>
      {drafts.length === 0 ? (
        <p className="article-empty">No draft yet.</p>
      ) : (
        <ul className="documents-list">
          {drafts.map((d) => (
            <li key={d.id}>
              <a href={`/articles/drafts/${d.id}`} className="documents-list-title">
                {d.title}
              </a>
              <span className="article-entity-meta">
                {d.status === 'open' ? 'Waiting for review' : 'Accepted'} · {d.entities} entities ·{' '}
                {d.relations} relations · {d.createdAt.slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
