import { routeAuthDeps } from './routes';
import { currentUser } from './current-user';

/**
 * Public (used by proxy.ts): with NEWSGRAPH_READ_ACCESS=login, the pages (the explorer, the articles, the
 * console) are for signed-in users too; anyone else is sent to /signin, and back afterwards. The API
 * routes refuse such requests themselves (serveApi). Null when the page may be shown.
 */
export async function pageSignInRedirect(request: Request): Promise<Response | null> {
  const deps = routeAuthDeps();
  if (deps.config.readAccess === 'public') return null;
  const url = new URL(request.url);
  if (url.pathname === '/signin') return null;
  if ((await currentUser(request, deps)) !== null) return null;
  const target = new URL(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`, url);
  return Response.redirect(target, 303);
}
