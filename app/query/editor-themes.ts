'use client';

import { useMonaco } from '@graphiql/react';
import { useEffect } from 'react';
import type { Theme } from '@/app/lib/theme';

/**
 * The editors' colours: GraphiQL 5's own Monaco themes (graphiql-LIGHT / graphiql-DARK in
 * @graphiql/react's constants, which it does not export, so their colours are repeated here), with the
 * contrast fixes an axe audit asks for. On GraphiQL's dark background (#212a3b) Monaco's grey line
 * numbers (#858585, 3.9:1) and green comments (#6a9955, 4.3:1) fall below WCAG's 4.5:1; and in both
 * themes Monaco dims the number of a final empty line to 40% of the others.
 */

export const EDITOR_THEMES: Readonly<Record<Theme, string>> = {
  light: 'newsgraph-light',
  dark: 'newsgraph-dark',
};

const BACKGROUND = { dark: '#212a3b', light: '#ffffff' };
const PRIMARY = { dark: '#ff5794', light: '#d60590' };
const PRIMARY_BACKGROUND = { dark: '#ff579419', light: '#d6059019' };
const SECONDARY = { dark: '#b7c2d711', light: '#3b4b6811' };

/** GraphiQL's base colours for `theme`, as @graphiql/react 0.39 defines them. */
function graphiqlColors(theme: Theme): Record<string, string> {
  return {
    'editor.background': '#ffffff00',
    'scrollbar.shadow': '#ffffff00',
    'textLink.foreground': PRIMARY[theme],
    'textLink.activeForeground': PRIMARY[theme],
    'editorLink.activeForeground': PRIMARY[theme],
    'editorHoverWidget.background': BACKGROUND[theme],
    'list.hoverBackground': PRIMARY_BACKGROUND[theme],
    'list.highlightForeground': PRIMARY[theme],
    'list.focusHighlightForeground': PRIMARY[theme],
    'menu.background': BACKGROUND[theme],
    'editorSuggestWidget.background': BACKGROUND[theme],
    'editorSuggestWidget.selectedBackground': PRIMARY_BACKGROUND[theme],
    'editorSuggestWidget.selectedForeground': PRIMARY[theme],
    'quickInput.background': BACKGROUND[theme],
    'quickInputList.focusForeground': theme === 'dark' ? '#ffffff' : '#444444',
    'highlighted.label': PRIMARY[theme],
    'quickInput.widget': PRIMARY[theme],
    highlight: PRIMARY[theme],
    'editorWidget.background': BACKGROUND[theme],
    'input.background': SECONDARY[theme],
    focusBorder: PRIMARY[theme],
    'toolbar.hoverBackground': PRIMARY_BACKGROUND[theme],
    'inputOption.hoverBackground': PRIMARY_BACKGROUND[theme],
    'quickInputList.focusBackground': PRIMARY_BACKGROUND[theme],
    'editorWidget.resizeBorder': PRIMARY[theme],
    'pickerGroup.foreground': PRIMARY[theme],
    'menu.selectionBackground': PRIMARY_BACKGROUND[theme],
    'menu.selectionForeground': PRIMARY[theme],
  };
}

/** Line numbers: Monaco's own in light (#237893, 5.0:1 on white); lighter in dark (#9aa5b8, 5.8:1). */
const LINE_NUMBERS = { light: '#237893', dark: '#9aa5b8' };

/** Defines our editor themes once Monaco has loaded, and applies the page's. */
export function useEditorThemes(theme: Theme): void {
  const monaco = useMonaco((state) => state.monaco);
  useEffect(() => {
    if (monaco === undefined) return;
    monaco.editor.defineTheme(EDITOR_THEMES.light, {
      base: 'vs',
      inherit: true,
      colors: {
        ...graphiqlColors('light'),
        'editorLineNumber.foreground': LINE_NUMBERS.light,
        'editorLineNumber.dimmedForeground': LINE_NUMBERS.light,
      },
      rules: [{ token: 'argument.identifier.gql', foreground: '#6c69ce' }],
    });
    monaco.editor.defineTheme(EDITOR_THEMES.dark, {
      base: 'vs-dark',
      inherit: true,
      colors: {
        ...graphiqlColors('dark'),
        'editorLineNumber.foreground': LINE_NUMBERS.dark,
        'editorLineNumber.dimmedForeground': LINE_NUMBERS.dark,
      },
      rules: [
        { token: 'argument.identifier.gql', foreground: '#908aff' },
        // 6.8:1 on the dark background, in place of Monaco's #6a9955.
        { token: 'comment', foreground: '#8fbf7a' },
      ],
    });
    // Editors created before the themes existed fell back to Monaco's default: repaint them all.
    monaco.editor.setTheme(EDITOR_THEMES[theme]);
  }, [monaco, theme]);
}
