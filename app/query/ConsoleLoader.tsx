'use client';

import dynamic from 'next/dynamic';

/**
 * Loads the console in the browser only (ssr: false): GraphiQL and Monaco need `window`, and keeping them
 * behind a dynamic import keeps them out of every other page's JavaScript.
 */
const Console = dynamic(() => import('./Console').then((module) => module.Console), {
  ssr: false,
  loading: () => (
    <p className="console-loading" role="status">
      Loading the GraphQL console…
    </p>
  ),
});

export function ConsoleLoader() {
  return <Console />;
}
