import type { Evidence } from '../model';

/**
 * True when `evidence` quotes `text` exactly at its offsets. Comparing the slice alone is not enough:
 * `slice` clamps an `end` past the text's end, so a span running off the end of a document would pass.
 */
export function coversExactly(text: string, evidence: Evidence): boolean {
  return (
    evidence.end - evidence.start === evidence.sentence.length &&
    text.slice(evidence.start, evidence.end) === evidence.sentence
  );
}
