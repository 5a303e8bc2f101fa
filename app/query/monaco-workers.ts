/**
 * Where Monaco (GraphiQL 5's editor) gets its web workers: from our own bundle. GraphiQL ships this setup
 * as `graphiql/setup-workers/webpack`; it is repeated here without its console logging. The bundler sees
 * `new Worker(new URL(…, import.meta.url))` and emits each worker as a script of ours, so the console
 * needs no CDN and works with no internet. Imported for its side effect, before GraphiQL loads Monaco.
 */

/** The part of Monaco's `Environment` (monaco-editor's `MonacoEnvironment` global) we set. */
interface WorkerEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

const environment: WorkerEnvironment = {
  getWorker(_workerId, label) {
    switch (label) {
      case 'json':
        return new Worker(new URL('monaco-editor/esm/vs/language/json/json.worker.js', import.meta.url));
      case 'graphql':
        return new Worker(new URL('monaco-graphql/esm/graphql.worker.js', import.meta.url));
      default:
        return new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url));
    }
  },
};

Object.assign(globalThis, { MonacoEnvironment: environment });
