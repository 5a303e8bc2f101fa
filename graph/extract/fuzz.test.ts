import { describe, expect, it } from 'vitest';
import { draftSchema } from './draft';
import { extract } from './extract';

/**
 * The extractor must never throw on any text and must keep every offset exact: random, hostile and
 * enormous inputs. A seeded generator keeps a failure reproducible (the case's seed is in its name).
 */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

const PIECES = [
  'President',
  'Nayib Bukele',
  'said',
  '“',
  '”',
  '"',
  "'s",
  '’s',
  'he',
  'she',
  'the administration',
  'by',
  'was',
  'ordered',
  'CECOT',
  'U.S.',
  'more than 100',
  'Venezuelan men',
  ',',
  '.',
  '?',
  '!',
  ';',
  ':',
  '(',
  ')',
  '<script>alert(1)</script>',
  '<b>',
  '</p>',
  '&amp;',
  'مرحبا بالعالم',
  'שלום',
  '\u202E',
  '\u200F',
  '👩‍👩‍👧',
  '🎉',
  '\u0000',
  '\uFFFD',
  '\uD800',
  'e\u0301',
  '\n',
  '\n\n',
  '\t',
  '   ',
  'Editor-in-Chief',
  'known as',
  'according to',
  'of',
  'de',
  'the',
  '1,200',
  '60 Minutes',
  'ÇA',
  'ǅ',
  'ß',
  'İstanbul',
  'Zürich',
  '中文',
  'Ⅻ',
  '∑',
  'https://example.com/a?b=c',
  'x'.repeat(300),
];

function randomText(seed: number, pieces: number): string {
  const g = generator(seed);
  const parts: string[] = [];
  for (let i = 0; i < pieces; i += 1) parts.push(g.pick(PIECES), g.next() < 0.7 ? ' ' : '');
  return parts.join('');
}

async function expectSound(text: string): Promise<void> {
  const draft = await extract({ id: 'fuzz', title: 'Fuzz', source: null, publishedAt: null, text }, []);
  const parsed = draftSchema.safeParse(draft);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  for (const e of [
    ...draft.relations.flatMap((r) => r.evidence),
    ...draft.entities.flatMap((x) => x.mentions),
  ]) {
    expect(text.slice(e.start, e.end)).toBe(e.sentence);
  }
  for (const s of draft.entities.flatMap((x) => x.spans)) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('extract under fuzzing', () => {
  for (let seed = 1; seed <= 40; seed += 1) {
    it(`survives random text #${seed}`, async () => {
      await expectSound(randomText(seed, 20 + ((seed * 37) % 400)));
    });
  }

  it('survives a 50,000-character sentence', async () => {
    await expectSound(`${'Bukele said the prison was full and '.repeat(1_400)}end.`);
  });

  it('survives a text with no punctuation at all', async () => {
    await expectSound(
      'Nayib Bukele President of El Salvador said Hillary Clinton criticized CECOT '.repeat(100),
    );
  });

  it('survives markup, scripts and entities left in the text', async () => {
    await expectSound(
      '<html><script>var s = "Bukele said";</script><p>President <b>Nayib Bukele</b> said “hi.”</p>&nbsp;&#x27;</html>',
    );
  });

  it('survives right-to-left text, emoji and combining marks mixed with English', async () => {
    await expectSound(
      '\u202Eمرحبا\u202C President Nayib Bukele 🎉 said “שלום 👩‍👩‍👧” to Hillary Clinton. Zoe\u0301 Ruiz said so.',
    );
  });

  it('survives unbalanced quotes and a lone surrogate', async () => {
    await expectSound('“Bukele said \uD800 the prison was full, said Clinton. ” ” “ " said');
  });

  it('survives text of only capitalised words and only punctuation', async () => {
    await expectSound('The The The President President Of Of Of X Y Z '.repeat(150));
    await expectSound('.,;:!?“”"\'’()[]—–…'.repeat(500));
  });
});
