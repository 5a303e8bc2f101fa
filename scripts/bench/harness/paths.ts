import path from 'node:path';

/** The repository root, whatever the working directory. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Everything the benchmarks write: git-ignored (`artifacts/` in .gitignore), never committed. */
export const BENCH_DIR = path.join(ROOT, 'artifacts', 'bench');

/** Generated graphs, cached by size and seed (see prepareDataset). */
export const DATA_DIR = path.join(BENCH_DIR, 'data');

/**
 * The Next build folder, relative to ROOT: NEXT_DIST_DIR when set (next.config.ts reads the same variable,
 * so `next build` and `next start` started from here with this environment agree), `.next` otherwise.
 */
export const NEXT_DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';
