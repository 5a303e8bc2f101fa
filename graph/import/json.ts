import { bundleSchema } from '../bundle/bundle-schema';
import { parseJson } from '../bundle/read-json';
import { validateShape } from '../bundle/validate-shape';
import { InvalidDataError } from '../errors';
import type { FormatReader, ReadContext } from './read-result';
import { addItem, batchOrThrow, decodeText, emptyResult } from './read-result';
import type { ImportFile, ImportParser } from './types';

/**
 * Our own JSON format: a bundle (graph/bundle/bundle-schema.ts), the same file the seed reads and the JSON
 * exporter writes. Read with the bundle's own parser and validator, so there is one definition of the
 * format and one set of error messages (file, line/column on a syntax error, path of the first problem).
 *
 * A document's text must be inline. A `textFile` (as the curated seed bundles use) is read only when the
 * caller allows it, i.e. the CLI on the machine holding the files: an uploaded file must never make the
 * server read a path it names.
 */
export const readJsonBundles: FormatReader = (files, context) => {
  const result = emptyResult();
  for (const file of files) {
    const bundle = validateShape(bundleSchema, parseJson(decodeText(file), file.name), file.name);
    for (const [i, d] of bundle.documents.entries()) {
      const { textFile, text, ...rest } = d;
      addItem(
        result,
        'documents',
        { ...rest, text: text ?? readTextFile(file, textFile, `documents[${i}]`, context) },
        { file: file.name, path: `documents[${i}]` },
      );
    }
    for (const [i, entity] of bundle.entities.entries()) {
      addItem(result, 'entities', entity, { file: file.name, path: `entities[${i}]` });
    }
    for (const [i, relation] of bundle.relations.entries()) {
      addItem(result, 'relations', relation, { file: file.name, path: `relations[${i}]` });
    }
  }
  return result;
};

function readTextFile(
  file: ImportFile,
  textFile: string | undefined,
  at: string,
  context: ReadContext,
): string {
  const where = `${at}.textFile`;
  if (textFile === undefined) {
    // The bundle schema allows exactly one of text and textFile; this keeps a future edit honest.
    throw new InvalidDataError(`${file.name}: ${at}: no text and no textFile.`, file.name, at);
  }
  if (context.readTextFile === undefined) {
    throw new InvalidDataError(
      `${file.name}: ${where}: the document's text is in another file (${JSON.stringify(textFile)}); an import needs it inline as "text". Export the graph as JSON to get a self-contained file, or load the bundle with npm run import on the machine that holds both files.`,
      file.name,
      where,
    );
  }
  let text: string;
  try {
    text = context.readTextFile(file.name, textFile);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidDataError(
      `${file.name}: ${where}: cannot read ${JSON.stringify(textFile)} (${reason}). The path is relative to the bundle file.`,
      file.name,
      where,
    );
  }
  if (text.trim() === '') {
    throw new InvalidDataError(
      `${file.name}: ${where}: ${JSON.stringify(textFile)} is empty; a document needs its text.`,
      file.name,
      where,
    );
  }
  return text;
}

/** Public: reads bundle files (documents' text inline) into one batch; throws InvalidDataError on the first problem. */
export const parseJsonBundle: ImportParser = (files) =>
  batchOrThrow(readJsonBundles(files, { maxBytes: Number.POSITIVE_INFINITY }));
