import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InvalidDataError } from '../errors';
import type { Document } from '../model';
import type { BundleDocument } from './bundle-schema';
import { describeIoError } from './read-json';

/**
 * Turns a bundle's document entries into model Documents, reading `textFile` (relative to the bundle file)
 * where the text is not inline. The text is taken byte for byte: offsets index into it, so nothing here
 * may trim or normalise it.
 */
export async function resolveDocuments(
  file: string,
  documents: readonly BundleDocument[],
): Promise<Document[]> {
  // One after another, so the first problem reported is the first in the file.
  const resolved: Document[] = [];
  for (const [i, d] of documents.entries()) {
    const { textFile, text, ...rest } = d;
    if (text !== undefined) {
      resolved.push({ ...rest, text });
      continue;
    }
    // The schema guarantees one of the two; this keeps the compiler and a future edit honest.
    if (textFile === undefined) {
      throw new InvalidDataError(
        `${file}: documents[${i}]: no text and no textFile.`,
        file,
        `documents[${i}]`,
      );
    }
    const where = path.resolve(path.dirname(file), textFile);
    let content: string;
    try {
      content = await readFile(where, 'utf8');
    } catch (error) {
      throw new InvalidDataError(
        `${file}: documents[${i}].textFile: cannot read ${JSON.stringify(textFile)} (${describeIoError(error)} at ${where}). The path is relative to the bundle file.`,
        file,
        `documents[${i}].textFile`,
      );
    }
    if (content.trim() === '') {
      throw new InvalidDataError(
        `${file}: documents[${i}].textFile: ${JSON.stringify(textFile)} is empty; a document needs its text.`,
        file,
        `documents[${i}].textFile`,
      );
    }
    resolved.push({ ...rest, text: content });
  }
  return resolved;
}
