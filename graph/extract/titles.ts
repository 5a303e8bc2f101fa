import type { TitleRule } from './lexicons';
import { lexicons } from './lexicons';
import type { Token } from './tokens';

export interface TitleMatch {
  rule: TitleRule;
  /** First token of the title, modifiers ("former") included, and one past its last token. */
  tokenStart: number;
  tokenEnd: number;
  /** The title as written, e.g. "former US Secretary of State" gives "Secretary of State (former)". */
  role: string;
}

/** The longest title (titles.json) that starts at token `i`, with any modifiers before it. */
export function titleAt(tokens: readonly Token[], i: number, text: string): TitleMatch | undefined {
  const { titles, titleModifiers } = lexicons();
  for (const rule of titles) {
    const n = rule.tokens.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k += 1) ok = tokens[i + k]?.lower.replace(/['’]s$/u, '') === rule.tokens[k];
    if (!ok) continue;
    const first = tokens[i];
    const last = tokens[i + n - 1];
    if (first === undefined || last === undefined) continue;
    let tokenStart = i;
    const modifiers: string[] = [];
    const before = tokens[i - 1];
    if (before !== undefined && titleModifiers.has(before.lower)) {
      tokenStart = i - 1;
      modifiers.push(before.lower);
    }
    const written = text.slice(first.start, last.end).replace(/['’]s$/u, '');
    const role = modifiers.length > 0 ? `${written} (${modifiers.join(', ')})` : written;
    return { rule, tokenStart, tokenEnd: i + n, role };
  }
  return undefined;
}
