import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import-boundary rule of eslint.config.js, run through ESLint's own Node API on planted source: a
 * wrong-way import must be reported, a right-way one must not. The files need not exist; ESLint picks the
 * config block by the path given.
 */
const root = path.join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (app → schema → graph, scripts → graph)', () => {
  it.each([
    ['graph/planted.ts', "import { QUERY } from '@/app/lib/queries';\nexport const q = QUERY;\n", 'graph/'],
    [
      'graph/memory/planted.ts',
      "import { x } from '../../schema/resolvers';\nexport const y = x;\n",
      'graph/',
    ],
    ['graph/planted.ts', "export { main } from '../scripts/seed';\n", 'graph/'],
    [
      'schema/planted.ts',
      "import { handler } from '@/app/server/graphql-handler';\nexport const h = handler;\n",
      'schema/',
    ],
    ['app/lib/planted.ts', "import { run } from '@/scripts/bench/run';\nexport const r = run;\n", 'app/'],
    [
      'app/lib/planted.ts',
      "import { session } from '../../e2e/explorer-session';\nexport const s = session;\n",
      'app/',
    ],
  ])('reports the wrong-way import in %s', async (file, code, layer) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${layer} must not import`);
  });

  it.each([
    [
      'app/lib/planted.ts',
      "import { LIMITS } from '@/graph/limits';\nimport { x } from '@/schema/x';\nexport const y = [LIMITS, x];\n",
    ],
    ['schema/planted.ts', "import { LIMITS } from '../graph/limits';\nexport const y = LIMITS;\n"],
    [
      'scripts/planted.ts',
      "import { QUERY } from '../app/lib/queries';\nimport { L } from '../graph/limits';\nexport const y = [QUERY, L];\n",
    ],
    [
      'graph/planted.ts',
      "import { x } from './schema';\nimport { y } from './app-state';\nexport const z = [x, y];\n",
    ],
  ])('lets the right-way imports of %s through', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
