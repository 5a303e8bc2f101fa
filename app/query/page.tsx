import type { Metadata } from 'next';
import Link from 'next/link';
import { ConsoleLoader } from './ConsoleLoader';
import './page.css';

export const metadata: Metadata = {
  title: 'GraphQL console · newsgraph',
  description:
    'Query the newsgraph knowledge graph in GraphQL, with the schema’s documentation, autocompletion and examples, and draw any answer on the explorer’s canvas.',
};

/**
 * The GraphQL console page (/query). A server component for the frame (heading, the way back to the
 * explorer); the console itself is client-side only.
 */
export default function QueryPage() {
  return (
    <div className="console-page">
      <header className="console-header">
        <h1 className="console-heading">GraphQL console</h1>
        <p className="console-tagline">
          Ask the graph anything the <code>/api/graphql</code> schema allows; draw the answer on the canvas.
        </p>
        <nav aria-label="Pages" className="console-nav">
          <Link href="/" className="console-nav-link">
            ← Back to the explorer
          </Link>
        </nav>
      </header>
      <main className="console-main">
        <ConsoleLoader />
      </main>
    </div>
  );
}
