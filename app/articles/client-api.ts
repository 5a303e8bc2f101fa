/**
 * How the article pages talk to the server: the routes under /api/articles and /api/drafts, every write
 * with the CSRF header the server's editor check asks for. Answers are read as `{ error: { message } }`
 * on failure, so a page can show the server's own words (they say what to do).
 */
const CSRF = { 'x-newsgraph-csrf': '1' };

export type ApiResult<T> =
  { ok: true; data: T } | { ok: false; status: number; message: string; problems: string[] };

async function call<T>(url: string, init: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { ...CSRF, ...init.headers } });
  } catch {
    return {
      ok: false,
      status: 0,
      message: 'The server could not be reached. Check the connection and try again.',
      problems: [],
    };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const body = (await response.json().catch(() => null)) as
    (T & { error?: undefined }) | { error: { message?: string; problems?: string[] } } | null;
  if (response.ok && body !== null && body.error === undefined) return { ok: true, data: body as T };
  const error = body?.error;
  return {
    ok: false,
    status: response.status,
    message: error?.message ?? `The server answered ${response.status}.`,
    problems: error?.problems ?? [],
  };
}

export function postArticle(form: FormData): Promise<ApiResult<{ draftId: string }>> {
  return call('/api/articles', { method: 'POST', body: form });
}

export function putReview(
  id: string,
  revision: number,
  review: unknown,
): Promise<ApiResult<{ revision: number }>> {
  return call(`/api/drafts/${encodeURIComponent(id)}/review`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ revision, review }),
  });
}

export function postAccept(id: string, revision: number): Promise<ApiResult<{ documentId: string | null }>> {
  return call(`/api/drafts/${encodeURIComponent(id)}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ revision }),
  });
}
