import { describe, expect, it } from 'vitest';
import { containsTerm, locateSentence, splitSentences } from './sentences';

describe('sentences', () => {
  describe('#splitSentences', () => {
    it('returns each sentence with offsets that slice it back out of the text', () => {
      const text = 'First one here. Second one, too!\nThird on a new line?\n\n';
      const sentences = splitSentences(text);
      expect(sentences.map((s) => s.text)).toEqual([
        'First one here.',
        'Second one, too!',
        'Third on a new line?',
      ]);
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    });

    it('trims leading whitespace and moves the start with it', () => {
      const text = '   Indented sentence.  Next.';
      const [first, second] = splitSentences(text);
      expect(first).toEqual({ text: 'Indented sentence.', start: 3, end: 21 });
      expect(second && text.slice(second.start, second.end)).toBe('Next.');
    });

    it('does not split on an abbreviation such as "US" or inside curly quotes', () => {
      const text = 'She met former US Secretary of State Clinton. It aired a “60 Minutes” segment.';
      expect(splitSentences(text).map((s) => s.text)).toEqual([
        'She met former US Secretary of State Clinton.',
        'It aired a “60 Minutes” segment.',
      ]);
    });

    it('keeps offsets right past characters outside the Basic Multilingual Plane', () => {
      const text = 'Emoji 🎉 first. Then this.';
      const sentences = splitSentences(text);
      expect(sentences).toHaveLength(2);
      for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    });

    it('returns nothing for a text of only whitespace', () => {
      expect(splitSentences(' \n\n ')).toEqual([]);
    });
  });

  describe('#locateSentence', () => {
    const sentences = splitSentences('Alpha is here. Beta is there.');

    it('finds a sentence by its exact text', () => {
      expect(locateSentence(sentences, 'Beta is there.')).toEqual({
        text: 'Beta is there.',
        start: 15,
        end: 29,
      });
    });

    it('finds nothing for a partial or edited sentence', () => {
      expect(locateSentence(sentences, 'Beta is there')).toBeUndefined();
      expect(locateSentence(sentences, 'Beta is here.')).toBeUndefined();
    });
  });

  describe('#containsTerm', () => {
    it('finds a term followed by a curly apostrophe', () => {
      expect(containsTerm('In reply to Bukele’s post.', 'Bukele')).toBe(true);
    });

    it('finds a term at the very start and the very end of the text', () => {
      expect(containsTerm('X marks', 'X')).toBe(true);
      expect(containsTerm('posted on X', 'X')).toBe(true);
    });

    it('does not find a term inside a longer word', () => {
      expect(containsTerm('Xavier paid the TAX', 'X')).toBe(false);
      expect(containsTerm('Salvadoran prison', 'Salvador')).toBe(false);
    });

    it('finds a later whole-word occurrence after an earlier partial one', () => {
      expect(containsTerm('TAX on X', 'X')).toBe(true);
    });

    it('is case-sensitive', () => {
      expect(containsTerm('a federal judge ordered', 'Federal judge')).toBe(false);
    });

    it('finds nothing for an empty term', () => {
      expect(containsTerm('anything', '')).toBe(false);
    });
  });
});
