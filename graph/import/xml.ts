import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { DOMParser } from '@xmldom/xmldom';
import { InvalidDataError } from '../errors';

/**
 * XML reading shared by the GraphML and GEXF readers. graphology's readers parse leniently and say nothing
 * of where a file is broken, so the text is first parsed here with @xmldom/xmldom, strictly: the first
 * error stops it and becomes an InvalidDataError with the line and column, e.g. `line 12, column 7`.
 * The document is kept: the readers use it to check ids and to point at nodes and edges by line.
 */
export function parseXml(text: string, file: string): XmlDocument {
  let failure: { message: string; line?: number; column?: number } | undefined;
  let document: XmlDocument | undefined;
  try {
    document = new DOMParser({
      onError: (level, message, context) => {
        // Warnings (an unusual but legal construct) do not make a file unreadable.
        if (level === 'warning') return;
        const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)
          ?.locator;
        failure ??= { message, line: locator?.lineNumber, column: locator?.columnNumber };
        throw new Error(message);
      },
    }).parseFromString(text, 'application/xml');
  } catch (error) {
    failure ??= { message: error instanceof Error ? error.message : String(error) };
  }
  if (failure !== undefined || document === undefined) {
    const { message, line, column } = refine(text, failure ?? { message: 'no document' });
    const where =
      line === undefined || line < 1
        ? '(syntax)'
        : `line ${line}${column === undefined ? '' : `, column ${column}`}`;
    throw new InvalidDataError(
      `${file}: ${where}: the XML is not well-formed: ${message}. Fix the file (an unescaped "&" or "<", or a tag left open, is the usual cause).`,
      file,
      where,
    );
  }
  return document;
}

interface Failure {
  message: string;
  line?: number;
  column?: number;
}

/**
 * xmldom places a tag mismatch at the last thing it read before the stray end tag, often the line above.
 * A person looks for the end tag itself, so the place is moved to the first `</tag` from there on.
 */
function refine(text: string, failure: Failure): Failure {
  const endTag = /tag mismatch: "[^"]*" != "([^"]+)"/.exec(failure.message)?.[1];
  if (endTag === undefined || failure.line === undefined) return failure;
  const lines = text.split('\n');
  const from = lines.slice(0, failure.line - 1).join('\n').length + (failure.column ?? 0);
  const at = text.indexOf(`</${endTag}`, from);
  if (at < 0) return failure;
  const before = text.slice(0, at);
  return { ...failure, line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/** The root element, checked to be `expected` (`graphml`, `gexf`) and to hold a `<graph>`. */
export function requireRoot(document: XmlDocument, expected: string, file: string): XmlElement {
  const root = document.documentElement;
  if (root === null || root.localName !== expected) {
    throw new InvalidDataError(
      `${file}: (top level): the root element is <${root?.nodeName ?? 'nothing'}>, not <${expected}>; is this a ${expected.toUpperCase()} file?`,
      file,
      '(top level)',
    );
  }
  if (root.getElementsByTagName('graph').length === 0) {
    throw new InvalidDataError(`${file}: (top level): there is no <graph> element.`, file, '(top level)');
  }
  return root;
}

/** Every element named `name` in document order (`getElementsByTagName`, as graphology's readers use). */
export function elementsNamed(document: XmlDocument, name: string): XmlElement[] {
  return Array.from(document.getElementsByTagName(name));
}

/** Where an element is, for paths in error messages: `line 40`, or `fallback` (`edges[3]`) when unknown. */
export function elementPath(element: XmlElement, fallback: string): string {
  return element.lineNumber === undefined ? fallback : `line ${element.lineNumber}`;
}
