import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from './shortcuts';

// The README lists the keyboard shortcuts for people who have not opened the page yet. Written by hand
// (its wording reads better than generated text), so this keeps it from drifting from what the page does.
const readme = readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('### Keyboard shortcuts'),
  readme.indexOf('## Reading the articles'),
);
const tableRows = section.split('\n').filter((line) => /^\| `/.test(line));

/** `Ctrl+Shift+Z` as the README writes a key combination. */
function written(keys: readonly string[]): string {
  return `\`${keys.join('+')}\``;
}

describe("the README's keyboard shortcuts", () => {
  it('has its table', () => {
    expect(tableRows.length).toBeGreaterThan(10);
  });

  it.each(SHORTCUTS.map((s) => [written(s.keys), s.description] as const))(
    'lists %s as doing what the page says it does (%s)',
    (keys, description) => {
      const row = tableRows.find((line) => line.split('|')[1]?.includes(keys));
      expect(row, `no README row for ${keys}`).toBeDefined();
      // The page's own description, first letter lowercased, with "(on the canvas)" notes left to the key column.
      const words = description.replace(/ \(on the canvas\)$/, '');
      expect(row?.toLowerCase()).toContain(words.toLowerCase());
    },
  );

  it('lists no shortcut the page does not have', () => {
    const known = new Set(SHORTCUTS.map((s) => written(s.keys)));
    for (const row of tableRows) {
      const keysColumn = row.split('|')[1] ?? '';
      for (const combo of keysColumn.match(/`[^`]+`/g) ?? []) expect(known, row).toContain(combo);
    }
  });
});
