'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { postArticle } from '../client-api';

/**
 * The form of `/articles/new`. It sends the fields as they are; every check (empty, binary, too large,
 * another language, scripts, already in the graph) is the server's, whose message is shown as given.
 */
export function NewArticleForm() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (file instanceof File && file.size === 0) form.delete('file');
    setBusy(true);
    setError(null);
    const result = await postArticle(form);
    if (result.ok) {
      router.push(`/articles/drafts/${result.data.draftId}`);
      return;
    }
    setBusy(false);
    setError(result.message);
  }

  return (
    <form className="article-form" onSubmit={(e) => void submit(e)} aria-busy={busy}>
      <label>
        Title <span className="field-hint">(optional: the page’s title or the first sentence otherwise)</span>
        <input name="title" type="text" maxLength={300} />
      </label>
      <label>
        Source address <span className="field-hint">(optional)</span>
        <input name="source" type="url" placeholder="https://…" />
      </label>
      <label>
        Publication date <span className="field-hint">(optional)</span>
        <input name="publishedAt" type="date" />
      </label>
      <label>
        Article text
        <textarea name="text" rows={14} data-testid="article-text-input" />
      </label>
      <label>
        …or a file <span className="field-hint">(.txt, .md or .html)</span>
        <input
          name="file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        />
      </label>
      {error !== null && (
        <p className="form-error" role="alert" data-testid="article-error">
          {error}
        </p>
      )}
      <button type="submit" className="primary-button" disabled={busy}>
        {busy ? 'Reading the article…' : 'Read the article'}
      </button>
    </form>
  );
}
