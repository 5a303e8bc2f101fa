import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The one-time local sign-in link (as Jupyter prints its token URL): `npm start` runs our server
 * (server.ts), which makes a random token when it starts and prints
 * `http://localhost:3000/api/auth/local?token=…`. Opening it signs that browser in as the editor `local`;
 * the token then stops working, so a link copied from a scrollback, a shell history or a shoulder-surf
 * later is worthless. Only a hash of the token is kept. Nobody else on the network can sign in this way:
 * the token exists only in the terminal of the person who started the server.
 *
 * The state lives on globalThis because the server and the route that redeems the link are loaded
 * separately (server.ts by Node, the route by Next's bundle) but run in one process. Sessions made by a
 * link also name the server run (`boot`), so a restart ends them.
 */

const KEY = Symbol.for('newsgraph.localLink');

interface LinkState {
  /** sha256 of the token, or null once redeemed (or never issued). */
  tokenHash: Buffer | null;
  /** This server run. */
  boot: string;
}

function state(): LinkState {
  const holder = globalThis as { [KEY]?: LinkState };
  holder[KEY] ??= { tokenHash: null, boot: randomBytes(12).toString('base64url') };
  return holder[KEY];
}

/** The path that redeems a token. */
const LOCAL_LINK_PATH = '/api/auth/local';

/** Makes a new one-time token (any earlier one stops working) and returns the link for `origin`. */
export function issueLocalLink(origin: string): string {
  const token = randomBytes(32).toString('base64url');
  state().tokenHash = digest(token);
  return `${origin}${LOCAL_LINK_PATH}?token=${token}`;
}

/** True exactly once for the token last issued; false for any other string and for every later try. */
export function redeemLocalToken(token: string): boolean {
  const s = state();
  if (s.tokenHash === null || token.length === 0) return false;
  const ok = timingSafeEqual(digest(token), s.tokenHash);
  if (ok) s.tokenHash = null;
  return ok;
}

/** This server run's id, carried by the sessions a local link makes. */
export function currentBoot(): string {
  return state().boot;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
