import { resolveEach } from '@/graph/environment';
import type { GraphConfig } from '@/graph/config';
import { graphConfig } from '@/graph/config';
import type { ApiConfig } from '@/schema/api-config';
import { apiConfig } from '@/schema/api-config';
import type { HttpConfig } from './http/config';
import { httpConfig } from './http/config';

/**
 * The server's configuration: every setting of every layer (the graph's, GraphQL's, the HTTP layer's),
 * each defined and validated beside what it configures. `checkServerConfig` resolves them all when the
 * server starts (instrumentation.ts), so a wrong value stops `next start` with a message naming every
 * wrong variable, as the README promises; afterwards each part is read from its one memo.
 */
export interface ServerConfig {
  graph: GraphConfig;
  api: ApiConfig;
  http: HttpConfig;
}

/**
 * The server's settings, every part from its one memo (public: instrumentation.ts calls it at start; the
 * routes may read theirs from here or from their own layer's memo, which is the same object).
 */
export function serverConfig(): ServerConfig {
  return resolveEach({ graph: graphConfig, api: apiConfig, http: httpConfig });
}
