'use client';

// Monaco's workers must be set up before GraphiQL loads Monaco: this import comes first.
import './monaco-workers';
import 'graphiql/style.css';
import './console.css';
import type { GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { CONSOLE_DEFAULT_QUERY } from './console-examples';
import { createConsoleFetcher } from './console-fetcher';
import { useTheme } from '@/app/lib/theme';
import { DrawResultButton, DrawResultStatus } from './DrawResult';
import { EDITOR_THEMES, useEditorThemes } from './editor-themes';
import { ExamplesIcon, ExamplesPanel } from './ExamplesPanel';

/**
 * The GraphQL console: GraphiQL 5 over /api/graphql, with the examples for the seed graph in a panel of
 * its own and "Draw result" in the toolbar. Client-only (loaded by ConsoleLoader with ssr: false): Monaco
 * needs a browser, and none of it belongs in the explorer's bundle.
 */

const fetcher = createConsoleFetcher();

const EXAMPLES_PLUGIN: GraphiQLPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };

export function Console() {
  // The console wears the explorer's theme (the reader's choice, or the system's), editors included.
  const { theme } = useTheme();
  useEditorThemes(theme);
  return (
    <GraphiQL
      fetcher={fetcher}
      forcedTheme={theme}
      editorTheme={EDITOR_THEMES}
      plugins={[EXAMPLES_PLUGIN]}
      visiblePlugin={EXAMPLES_PLUGIN}
      defaultQuery={CONSOLE_DEFAULT_QUERY}
      defaultEditorToolsVisibility={false}
    >
      <GraphiQL.Logo>
        <span className="console-logo">newsgraph</span>
      </GraphiQL.Logo>
      <GraphiQL.Toolbar>
        {({ prettify, merge, copy }) => (
          <>
            <DrawResultButton />
            {prettify}
            {merge}
            {copy}
          </>
        )}
      </GraphiQL.Toolbar>
      <GraphiQL.Footer>
        <DrawResultStatus />
      </GraphiQL.Footer>
    </GraphiQL>
  );
}
