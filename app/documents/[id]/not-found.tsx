/** `/documents/<id>` for an id no article has: a 404 that says so and offers the way on. */
export default function DocumentNotFound() {
  return (
    <main className="article-page article-problem" data-testid="document-not-found">
      <h1>No such article</h1>
      <p>
        The graph holds no article with this address. It may have been removed, or the link may be mistyped.
      </p>
      <p>
        <a href="/documents">See every article</a> or <a href="/">go back to the explorer</a>.
      </p>
    </main>
  );
}
