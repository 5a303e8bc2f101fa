import { Explorer } from './explorer/Explorer';

/**
 * The explorer page. A server component: it renders the static brand and hands over to the client-side
 * explorer, which fetches everything it draws from /api/graphql in the browser.
 */
export default function ExplorerPage() {
  return <Explorer brand={<Brand />} />;
}

function Brand() {
  return (
    <div className="brand">
      <h1 className="brand-name">
        <svg className="brand-mark" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
          <line x1="5" y1="6" x2="15" y2="5" stroke="#9AA5B1" strokeWidth="1.6" />
          <line x1="5" y1="6" x2="9" y2="15" stroke="#9AA5B1" strokeWidth="1.6" />
          <line x1="15" y1="5" x2="9" y2="15" stroke="#9AA5B1" strokeWidth="1.6" />
          <circle cx="5" cy="6" r="3.2" fill="#0072B2" />
          <circle cx="15" cy="5" r="2.6" fill="#E69F00" />
          <circle cx="9" cy="15" r="2.9" fill="#009E73" />
        </svg>
        newsgraph
      </h1>
      <p className="brand-tagline">Who said what about whom, traced to the sentence</p>
      {/* Plain links, so the other pages are reachable with no script and from the keyboard. */}
      <nav className="brand-nav" aria-label="Other pages">
        <a href="/documents">Articles</a>
        <a href="/query">GraphQL console</a>
      </nav>
    </div>
  );
}
