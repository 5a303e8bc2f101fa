/**
 * Next runs `register` once when a server starts, before it serves a request. It resolves and validates
 * the whole configuration (app/server/config.ts): a wrong value stops the start with a message naming
 * every wrong variable, instead of failing the first request that happens to read it.
 *
 * Stopping means ending the process: when `register` throws, `next start` logs the error and stays up
 * answering every request with 500, which a supervisor would take for a running server. So a wrong
 * configuration is written to stderr and the process exits with code 1 (e2e/config-at-start.e2e.test.ts
 * starts the built app with a wrong value and sees it exit). Anything else `register` meets is thrown.
 *
 * Only on the Node.js runtime: the configuration reads zod and Node modules that an Edge bundle must not
 * carry, and the API runs on Node.
 */
export async function register(stop: (message: string) => void = exitWith): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ serverConfig }, { ConfigError }] = await Promise.all([
    import('./app/server/config'),
    import('./graph/environment'),
  ]);
  try {
    serverConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stop(`newsgraph cannot start. ${error.message}`);
  }
}

function exitWith(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
