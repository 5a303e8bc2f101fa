'use client';

import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import type { ConsoleExample } from './console-examples';
import { CONSOLE_EXAMPLES } from './console-examples';

/**
 * The examples, as a GraphiQL plugin (a panel next to Docs and History): choosing one opens it in a new
 * tab, so whatever the reader was writing stays in its own tab.
 */
export function ExamplesPanel() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const { addTab } = useGraphiQLActions();

  function open(example: ConsoleExample) {
    addTab();
    queryEditor?.setValue(example.query);
    queryEditor?.focus();
  }

  return (
    <section className="console-examples" aria-labelledby="console-examples-title">
      <h2 id="console-examples-title" className="graphiql-doc-explorer-title">
        Examples
      </h2>
      <p className="console-examples-intro">
        Queries over the seed graph. Each opens in a new tab; run it with ▶.
      </p>
      <ul className="console-examples-list">
        {CONSOLE_EXAMPLES.map((example) => (
          <li key={example.title}>
            <button type="button" className="console-example" onClick={() => open(example)}>
              <span className="console-example-title">{example.title}</span>
              <span className="console-example-description">{example.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The panel's icon in GraphiQL's sidebar: a list. */
export function ExamplesIcon() {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M7 5h10M7 10h10M7 15h10" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="3.5" cy="5" r="1.25" fill="currentColor" />
      <circle cx="3.5" cy="10" r="1.25" fill="currentColor" />
      <circle cx="3.5" cy="15" r="1.25" fill="currentColor" />
    </svg>
  );
}
