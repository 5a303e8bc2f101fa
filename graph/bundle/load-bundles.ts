import type { GraphBatch } from '../model';
import { bundleSchema } from './bundle-schema';
import { checkBundles } from './check-bundles';
import { resolveDocuments } from './document-text';
import type { LoadedBundle } from './loaded-bundle';
import { readJsonFile } from './read-json';
import { validateShape } from './validate-shape';
import { sealValidatedBatch } from './validated-batch';

/**
 * Public entry point: reads one bundle file, validates it completely and returns its contents as a batch
 * ready for `GraphStore.upsert`. Throws InvalidDataError (file + path + how to fix) on the first problem.
 */
export async function loadBundleFile(file: string): Promise<GraphBatch> {
  return loadBundles([file]);
}

/**
 * Public entry point: reads several bundle files and validates them together (ids unique across all of
 * them, relations may point at entities another bundle defines), then merges them into one batch.
 * Nothing is returned unless every file is valid, so a caller can write all or nothing. The batch is
 * sealed (frozen, see validated-batch.ts): copy it to change it.
 */
export async function loadBundles(files: readonly string[]): Promise<GraphBatch> {
  const loaded: LoadedBundle[] = [];
  for (const file of files) loaded.push(await readBundle(file));
  checkBundles(loaded);
  // Checked completely above, so a store need not parse it again (see validated-batch.ts).
  return sealValidatedBatch({
    documents: loaded.flatMap((l) => l.documents),
    entities: loaded.flatMap((l) => l.bundle.entities),
    relations: loaded.flatMap((l) => l.bundle.relations),
  });
}

/** Reads, shape-checks and resolves the texts of one bundle file, without the cross-file checks. */
async function readBundle(file: string): Promise<LoadedBundle> {
  const bundle = validateShape(bundleSchema, await readJsonFile(file), file);
  return { file, bundle, documents: await resolveDocuments(file, bundle.documents) };
}
