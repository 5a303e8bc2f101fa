import { vi } from 'vitest';

/**
 * Test support: the store's variables stubbed for the process, every one of them, so the environment the
 * tests run in cannot leak into a case (an unnamed variable is emptied, which counts as unset).
 */
const STORE_VARIABLES = [
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'NEO4J_CONNECTION_TIMEOUT_MS',
  'NEWSGRAPH_DATA_DIR',
];

export function useEnv(env: Record<string, string>): void {
  for (const name of STORE_VARIABLES) vi.stubEnv(name, env[name] ?? '');
}
