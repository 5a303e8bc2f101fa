import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * How every Vitest tier resolves imports: `@/` is the repository root, and `graphql` is the one copy Node
 * itself loads. graphql ships two builds (index.mjs for bundlers, index.js for Node); Vite would hand our
 * TypeScript the .mjs one while Apollo, graphql-jit and @graphql-tools (loaded by Node, outside Vite) get
 * the .js one, and graphql refuses a schema made by one copy in a function of the other ("Cannot use
 * GraphQLScalarType from another module or realm"). The app's server avoids the same split by leaving
 * graphql and graphql-jit to Node (`serverExternalPackages` in next.config.ts).
 */
export const vitestResolve = {
  alias: [
    { find: '@', replacement: fileURLToPath(new URL('..', import.meta.url)) },
    { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
  ],
};
