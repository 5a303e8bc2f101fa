import type { DraftInput } from './annotate';
import { draftBundleSchema } from './bundle-schema';
import { resolveDocuments } from './document-text';
import { readJsonFile } from './read-json';
import { validateShape } from './validate-shape';

/** Reads a bundle as a curator may have left it (offsets and mentions optional), texts resolved. */
export async function readDraftBundle(file: string): Promise<DraftInput> {
  const bundle = validateShape(draftBundleSchema, await readJsonFile(file), file);
  return { file, bundle, documents: await resolveDocuments(file, bundle.documents) };
}
