import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the browser bundles may import. Every module reachable from a client component ('use client') is
 * walked through its static imports: none may import zod (the explorer checks JSON with app/lib's small
 * guards instead) or a Node module. Browser code may take plain TypeScript from schema/ and graph/ (the
 * error catalogue, the argument bounds), and this is what keeps that safe.
 */
const root = path.join(import.meta.dirname, '..', '..');
const FORBIDDEN = new Set(['zod', ...builtinModules]);
/** Static imports and re-exports (not `import type`, which the bundle never sees), and `import('…')`. */
const importPattern =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The packages (bare specifiers) every module reachable from `entries` imports, with who imports them. */
function packagesReachableFrom(entries: string[]): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    for (const [, staticSpecifier, dynamicSpecifier] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const specifier = staticSpecifier ?? dynamicSpecifier;
      if (specifier === undefined) continue;
      if (specifier.startsWith('.') || specifier.startsWith('@/')) {
        const resolved = resolveLocal(file, specifier);
        if (resolved !== null) queue.push(resolved);
      } else {
        packages.set(specifier, path.relative(root, file));
      }
    }
  }
  return packages;
}

const clientEntries = ['app/explorer/Explorer.tsx', 'app/query/Console.tsx'].map((f) => path.join(root, f));

describe('browser bundles', () => {
  const packages = packagesReachableFrom(clientEntries);

  it('reach the explorer’s and the console’s own modules (the walk follows imports)', () => {
    expect(packages.has('cytoscape')).toBe(true);
    expect(packages.has('graphiql')).toBe(true);
  });

  it('import neither zod nor a Node module, through app/, schema/ or graph/', () => {
    const bad = [...packages].filter(([name]) =>
      FORBIDDEN.has(name.replace(/^node:/, '').split('/')[0] ?? ''),
    );
    expect(bad).toEqual([]);
  });

  it('would see zod reached through a plain import, as graph/model.ts imports it (the check can fail)', () => {
    const found = packagesReachableFrom([path.join(root, 'graph', 'model.ts')]);
    expect(found.get('zod')).toBe(path.join('graph', 'model.ts'));
  });
});
