import type { ReactNode } from 'react';
import './documents.css';

/** The frame of the document pages: a bar back to the explorer and the article list, then the page. */
export default function DocumentsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="documents-frame">
      <header className="documents-bar">
        <a className="documents-brand" href="/">
          <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
            <path d="M5 6 15 5 9 15Z" fill="none" stroke="#9AA5B1" strokeWidth="1.6" />
            <circle cx="5" cy="6" r="3.2" fill="#0072B2" />
            <circle cx="15" cy="5" r="2.6" fill="#E69F00" />
            <circle cx="9" cy="15" r="2.9" fill="#009E73" />
          </svg>
          newsgraph
        </a>
        <nav aria-label="Pages">
          <ul className="documents-nav">
            <li>
              <a href="/">Explorer</a>
            </li>
            <li>
              <a href="/documents">Articles</a>
            </li>
            <li>
              <a href="/articles">Drafts</a>
            </li>
            <li>
              <a href="/articles/new">Add an article</a>
            </li>
          </ul>
        </nav>
      </header>
      {children}
    </div>
  );
}
