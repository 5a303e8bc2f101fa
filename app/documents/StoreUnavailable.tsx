/** What a document page shows when the graph store cannot be reached: what happened and what to try. */
export function StoreUnavailable({ message }: { message: string }) {
  return (
    <main className="article-page article-problem" data-testid="store-unavailable">
      <h1>The graph store is unreachable</h1>
      <p role="alert">{message}</p>
      <p>
        Articles are read from the graph store, so none can be shown until it answers again. Reload this page
        in a moment; if it keeps failing, the server log says why.
      </p>
    </main>
  );
}
