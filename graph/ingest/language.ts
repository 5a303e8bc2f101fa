/**
 * Whether a text reads as English, by the share of its words that are the commonest English function
 * words (in English prose about a third of all words are). The extractor's lexicons are English; another
 * language would give an empty or wrong draft, so it is refused with a message instead.
 */
const COMMON = new Set(
  'the of and to a in is was that for on it with as by at from he she his her they their be were are has have had said an or not this which who after but will would its about more than been been'.split(
    ' ',
  ),
);
/** Below this share of common English words, a text of some length is taken for another language. */
const MIN_SHARE = 0.12;
/** Texts shorter than this many words are too short to judge and are let through. */
const MIN_WORDS = 20;

export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  const common = words.filter((w) => COMMON.has(w)).length;
  return common / words.length >= MIN_SHARE;
}
