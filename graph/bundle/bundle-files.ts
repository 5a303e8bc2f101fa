import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the project's curated bundles live: graph/data/bundles. */
const DEFAULT_BUNDLE_DIR = fileURLToPath(new URL('../data/bundles', import.meta.url));

/** Every `*.json` file in `dir`, sorted by name so loads and error reports are repeatable. */
export async function listBundleFiles(dir: string = DEFAULT_BUNDLE_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}
