import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An origin (`http://127.0.0.1:PORT`) where nothing listens: a port that was just free and is closed
 * again, so connecting is refused. For the tests of a browser client's "the server did not answer".
 */
export async function refusedOrigin(): Promise<string> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
