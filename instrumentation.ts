/**
 * Next runs `register` once when a server starts, before it serves a request. It resolves and validates
 * the whole configuration (app/server/config.ts): a wrong value stops the start with a message naming
 * the variable, instead of failing the first request that happens to read it.
 *
 * Only on the Node.js runtime: the configuration reads zod and Node modules that an Edge bundle must not
 * carry, and the API runs on Node.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { serverConfig } = await import('./app/server/config');
  serverConfig();
}
