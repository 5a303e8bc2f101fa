import type { Role } from '@/graph/accounts/role';
import { roleAllows } from '@/graph/accounts/role';
import { authError } from './auth-errors';
import type { AuthDeps } from './current-user';
import { currentUser } from './current-user';
import type { User } from './user';

/**
 * Public: the one check every write path makes (REST routes such as POST /api/import, the article
 * review's writes, any future GraphQL mutation or server action): call `authorizeWrite` first and write
 * only when it says ok, with `user` recorded in the audit trail.
 *
 * - nobody signed in: 401 UNAUTHENTICATED, saying how to sign in;
 * - signed in as a reader: 403 FORBIDDEN, saying who can grant access;
 * - no CSRF header: 403 FORBIDDEN. A form on another site can POST to us with the user's cookie (SameSite=Lax
 *   stops that only for cross-site subrequests, not for every case, e.g. a sibling subdomain), but it cannot
 *   set a custom header, and a cross-origin fetch that sets one needs a CORS preflight this server never
 *   approves. So every write carries `x-newsgraph-csrf: 1`, as Apollo's CSRF prevention asks for GraphQL.
 */

const CSRF_HEADER = 'x-newsgraph-csrf';

export type WriteCheck = { ok: true; user: User } | { ok: false; response: Response };

/** `what` names the action in messages, e.g. `POST /api/import`. */
export async function authorizeWrite(
  request: Request,
  what: string,
  deps: AuthDeps,
  needed: Role = 'editor',
): Promise<WriteCheck> {
  const check = await authorizeRole(request, what, deps, needed);
  if (!check.ok) return check;
  const csrf = csrfRefusal(request, what);
  if (csrf !== null) return { ok: false, response: csrf };
  return check;
}

/** The role half of authorizeWrite, without the CSRF check (for reads kept to a role). */
export async function authorizeRole(
  request: Request,
  what: string,
  deps: AuthDeps,
  needed: Role,
): Promise<WriteCheck> {
  const user = await currentUser(request, deps);
  if (user === null) {
    return {
      ok: false,
      response: authError(
        'UNAUTHENTICATED',
        `${what}: sign in as an editor first (at /signin). The person who started the server with \`npm start\` has a one-time sign-in link in its terminal.`,
      ),
    };
  }
  if (!roleAllows(user.role, needed)) {
    return {
      ok: false,
      response: authError(
        'FORBIDDEN',
        `${what}: ${user.name} is signed in as ${article(user.role)} ${user.role}; only ${needed}s may do this. Ask an admin to run \`npm run user -- role ${user.name} ${needed}\`.`,
      ),
    };
  }
  return { ok: true, user };
}

/** 403 when the CSRF header is missing, else null (the sign-in and sign-out routes check it too). */
export function csrfRefusal(request: Request, what: string): Response | null {
  if ((request.headers.get(CSRF_HEADER) ?? '').trim() !== '') return null;
  return authError(
    'FORBIDDEN',
    `${what}: add the header "${CSRF_HEADER}: 1". It keeps other sites' forms from writing with your session.`,
  );
}

/**
 * Public: when NEWSGRAPH_READ_ACCESS=login, reading needs a signed-in user too: null when `request` may
 * read, or the 401 to answer.
 */
export async function readRefusal(request: Request, deps: AuthDeps): Promise<Response | null> {
  if (deps.config.readAccess === 'public') return null;
  if ((await currentUser(request, deps)) !== null) return null;
  return authError('UNAUTHENTICATED', 'This graph is for signed-in users only: sign in at /signin.');
}

const article = (role: Role) => (role === 'admin' ? 'an' : 'a');
