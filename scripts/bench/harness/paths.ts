import path from 'node:path';

/** The repository root, whatever the working directory. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Everything the benchmarks write: git-ignored (`artifacts/` in .gitignore), never committed. */
export const BENCH_DIR = path.join(ROOT, 'artifacts', 'bench');

/** Generated graphs, cached by size and seed (see prepareDataset). */
export const DATA_DIR = path.join(BENCH_DIR, 'data');
