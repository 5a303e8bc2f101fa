import type { Metadata } from 'next';
import { ChangesView } from './ChangesView';
import '@/app/account/account.css';

export const metadata: Metadata = { title: 'Changes · newsgraph' };

/** The audit trail (/changes), for editors: every change to the graph, by time, person or source, and as CSV. */
export default function ChangesPage() {
  return (
    <main className="changes-page">
      <h1>Changes to the graph</h1>
      <p>
        Every import and accepted article is recorded here with who made it, when, and from which file or
        draft. <a href="/">← Back to the explorer</a>
      </p>
      <ChangesView />
    </main>
  );
}
