/**
 * Reading loosely typed attribute records (a GraphML `<data>`, a GEXF `<attvalue>`, a CSV cell, a
 * Cytoscape `data` field) the same way whatever the format: names matched case-insensitively, lists given
 * either as JSON or as real arrays, empty values meaning "none".
 */

export type Attributes = Readonly<Record<string, unknown>>;

/** The attributes with lowercased names, so `Label`, `label` and `LABEL` are one attribute. */
export function lowerKeys(attributes: Attributes): Attributes {
  const lowered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const name = key.toLowerCase();
    if (!(name in lowered)) lowered[name] = value;
  }
  return lowered;
}

/** A value as text: strings as they are (never trimmed: offsets and names must survive byte for byte), numbers and booleans printed. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The first of `names` that holds non-blank text. */
export function pickText(attributes: Attributes, names: readonly string[]): string | undefined {
  for (const name of names) {
    const text = textOf(attributes[name]);
    if (text !== undefined && text.trim() !== '') return text;
  }
  return undefined;
}

/** Text, or null when the value is missing or blank: how optional fields (description, statement) are read. */
export function optionalText(value: unknown): string | null {
  const text = textOf(value);
  return text === undefined || text.trim() === '' ? null : text;
}

export type ListResult = { ok: true; items: unknown[] } | { ok: false; problem: string };

/**
 * A list-valued attribute: a real array (Cytoscape JSON, GEXF liststring), a JSON array in a string (what
 * our GraphML, GEXF and CSV exports write), or nothing. `separator`, when given, also accepts a plain
 * `a|b|c` string, as spreadsheets and other tools write lists.
 */
export function listOf(value: unknown, separator?: string): ListResult {
  if (value === undefined || value === null) return { ok: true, items: [] };
  if (Array.isArray(value)) return { ok: true, items: value };
  const text = textOf(value);
  if (text === undefined) return { ok: false, problem: 'is not a list' };
  if (text.trim() === '') return { ok: true, items: [] };
  if (text.trimStart().startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: `is not a valid JSON list (${reason})` };
    }
    return Array.isArray(parsed) ? { ok: true, items: parsed } : { ok: false, problem: 'is not a JSON list' };
  }
  if (separator !== undefined) {
    return {
      ok: true,
      items: text
        .split(separator)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    };
  }
  return { ok: false, problem: 'is not a JSON list (it should start with "[")' };
}

/** A short rendering of a value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value;
}
