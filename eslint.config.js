// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

/**
 * Dependencies point one way: app/ → schema/ → graph/, and scripts/ → graph/ (the scripts may also reach
 * into app/ and schema/, being the outermost layer). Nothing imports back up: graph/ none of app/,
 * schema/, scripts/; schema/ none of app/, scripts/; app/ none of scripts/; and no code imports the e2e
 * tier. An import is matched by its text, through the `@/` alias or a relative climb to the root, so a
 * file can break the rule neither way. Checked by scripts/lint/import-boundaries.test.ts.
 */
function importsNoneOf(layer, ...forbidden) {
  const folders = forbidden.join('|');
  return {
    files: [`${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(@/|(\\.\\./)+)(${folders})(/|$)`,
              message: `${layer}/ must not import ${forbidden.map((f) => `${f}/`).join(', ')}: dependencies point app/ → schema/ → graph/ and scripts/ → graph/ (see eslint.config.js).`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.next-*/',
      '.data/',
      'artifacts/',
      'dist/',
      'next-env.d.ts',
      '.neo4j/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Command-line scripts (and server.ts, which prints the local sign-in link) talk to a terminal:
    // printing is their job.
    files: ['scripts/**/*.ts', 'server.ts'],
    rules: { 'no-console': 'off' },
  },
  importsNoneOf('graph', 'app', 'schema', 'scripts', 'e2e'),
  importsNoneOf('schema', 'app', 'scripts', 'e2e'),
  importsNoneOf('app', 'scripts', 'e2e'),
  prettier,
);
