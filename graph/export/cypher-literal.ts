import { InvalidArgumentError } from '../errors';

/**
 * Values written into a Cypher script as literals. A script for cypher-shell or Neo4j Browser cannot take
 * parameters from us (`:param` blocks are not portable), so every value is encoded here and never
 * interpolated raw: strings are single-quoted with backslash escapes, which keeps each statement on one
 * line and leaves no way for a name to close its quote.
 */
export type CypherValue = string | number | boolean | null | readonly CypherValue[];

/** Escapes with a name of their own in Cypher. */
const NAMED_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * Characters written as `\uXXXX`: control and format characters (bidirectional overrides, zero-width
 * joiners, byte-order marks), line and paragraph separators, and unpaired surrogates (which UTF-8 cannot
 * carry). Invisible or direction-changing text would make a script read differently from what it does;
 * escaped, it is plain to see and decodes to the same string. Visible text, right-to-left scripts and
 * emoji included, is written as it is.
 */
const ESCAPED_AS_UNICODE = /[\p{C}\p{Zl}\p{Zp}]/gu;

/** A Cypher string literal for `value`. */
export function cypherString(value: string): string {
  const escaped = value
    .replace(/[\\'\n\r\t\b\f]/g, (c) => NAMED_ESCAPES[c] ?? c)
    .replace(ESCAPED_AS_UNICODE, (c) => unicodeEscapes(c));
  return `'${escaped}'`;
}

/** One `\uXXXX` per UTF-16 unit: an astral character becomes its surrogate pair, as Cypher reads it. */
function unicodeEscapes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++)
    out += `\\u${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
  return out;
}

/** A Cypher literal for `value`: strings, finite numbers, booleans, null and lists of those. */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
      throw new InvalidArgumentError(`Cypher export: ${value} cannot be written as an exact Cypher number.`);
    }
    return String(value);
  }
  return `[${value.map(cypherLiteral).join(', ')}]`;
}
