import { create } from 'xmlbuilder2';

/** A node of an xmlbuilder2 document (its own type, without reaching into the package's internals). */
export type XmlNode = ReturnType<typeof create>;

/**
 * Strings on their way into xmlbuilder2, so they come out of any XML parser exactly as they went in.
 *
 * xmlbuilder2 (4.x) has two habits that would change data: it leaves alone an `&` that already looks
 * like a reference (`&amp;`, `&#60;`), so a name holding that text would be read back decoded; and it
 * writes CR, LF and TAB raw, which parsers normalise (to spaces in attribute values; CR LF to LF in
 * text). So `&` is written as `&amp;`, which xmlbuilder2 then passes through, and those characters as
 * decimal character references, which it passes through too. The export tests read every hostile string
 * back through independent parsers, so a change in xmlbuilder2's habits fails them rather than the data.
 */

/** For element text: `&` and CR escaped (LF stays readable; parsers keep it). */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/\r/g, '&#13;');
}

/** For attribute values: `&`, CR, LF and TAB escaped (attribute normalisation would turn them into spaces). */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/**
 * A new XML document. Characters XML 1.0 cannot hold at all (most control characters, unpaired
 * surrogates) become U+FFFD, one UTF-16 unit for one, so evidence offsets into a document's text still
 * point at the same sentence.
 */
export function xmlDocument(): XmlNode {
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' });
}
