import cluster from 'node:cluster';

/**
 * Sessions ended by sign-out. A sealed cookie cannot be taken back from the browser that holds it (or a
 * copy of it), so this process remembers the ids of the sessions signed out until they would have
 * expired anyway. It is in memory: a restart forgets it (a configured NEWSGRAPH_SESSION_SECRET keeps
 * sessions across restarts, and a signed-out copy would then work again until its expiry; changing the
 * secret ends every session). Resetting a password or changing a role ends an account's sessions for good
 * (see current-user.ts).
 */
const KEY = Symbol.for('newsgraph.revokedSessions');

function revoked(): Map<string, number> {
  const holder = globalThis as { [KEY]?: Map<string, number> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/**
 * Ends a session in this process and, when the server runs as several processes (server.ts), in the
 * others too: the primary relays the message to every worker (app/server/cluster.ts).
 */
export function revokeSession(sid: string, expiresAt: number, now: number): void {
  rememberRevoked(sid, expiresAt, now);
  if (cluster.isWorker) process.send?.({ type: REVOKE_MESSAGE, sid, expiresAt } satisfies RevokeMessage);
}

/** The message a worker sends when a session ends, and receives when another worker ended one. */
export const REVOKE_MESSAGE = 'newsgraph.revokeSession';
export interface RevokeMessage {
  type: typeof REVOKE_MESSAGE;
  sid: string;
  expiresAt: number;
}

/** Ends a session in this process only (a session another process ended). */
export function rememberRevoked(sid: string, expiresAt: number, now: number): void {
  const map = revoked();
  for (const [id, until] of map) if (until <= now) map.delete(id);
  map.set(sid, expiresAt);
}

export function isRevoked(sid: string): boolean {
  return revoked().has(sid);
}
