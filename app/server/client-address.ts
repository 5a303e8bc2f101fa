/**
 * Who the caller is on the network, without trusting anything the caller can write.
 *
 * A Next route handler sees a Web `Request`, which has no socket address. So `npm start` runs our own
 * small server (server.ts, Next's documented custom server) around Next's request handler: for every
 * request it deletes any `x-newsgraph-client-address` header the client sent and sets it to the socket's
 * remote address, and it marks this process as served that way (globalThis, below). Only then is the
 * header believed. Behind a proxy the operator trusts (NEWSGRAPH_TRUST_PROXY=1) the first address of
 * X-Forwarded-For is the client instead, since the socket is the proxy's. Under plain `next start` /
 * `next dev` neither holds and the address is unknown (null): callers then count everyone together.
 */

export const CLIENT_ADDRESS_HEADER = 'x-newsgraph-client-address';

const KEY = Symbol.for('newsgraph.clientAddressFromSocket');

/** Called by server.ts once it strips and sets the header on every request. */
export function markClientAddressFromSocket(): void {
  (globalThis as { [KEY]?: boolean })[KEY] = true;
}

/** Public: whether this process is served by server.ts, which passes the socket address on. */
export function clientAddressFromSocket(): boolean {
  return fromSocket();
}

function fromSocket(): boolean {
  return (globalThis as { [KEY]?: boolean })[KEY] === true;
}

const ADDRESS = /^[0-9A-Fa-f.:[\]]{2,64}$/;

/** Public: the caller's address, or null when this server cannot know it. */
export function clientAddress(request: Request, trustProxy: boolean): string | null {
  if (trustProxy) {
    const first = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (first !== undefined && ADDRESS.test(first)) return first;
  }
  if (fromSocket()) {
    const address = request.headers.get(CLIENT_ADDRESS_HEADER)?.trim();
    if (address !== undefined && ADDRESS.test(address)) return address;
  }
  return null;
}
