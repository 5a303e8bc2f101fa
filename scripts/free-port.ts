import { createServer } from 'node:net';

/**
 * A TCP port on loopback that nothing listens on right now (the OS picks it): for the servers our tests
 * and benchmarks start (Next, Neo4j). Used by scripts/, the test tiers and e2e/.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
