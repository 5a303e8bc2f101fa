import type { Document, Evidence } from '../../../graph/model';

/**
 * Writes one synthetic article sentence by sentence and hands back, for each sentence, its evidence: the
 * document id, the sentence and its character offsets in the final text. Offsets are counted as the text
 * is built, so `text.slice(start, end) === sentence` holds by construction (the model's own rule).
 */
export class ArticleWriter {
  private readonly parts: string[] = [];
  private length = 0;
  private sentencesInParagraph = 0;
  private count = 0;

  constructor(
    readonly id: string,
    /** Sentences per paragraph; a paragraph break is a blank line, as in the seed article. */
    private readonly paragraphLength: number,
  ) {}

  /** How many sentences the article holds so far. */
  get sentences(): number {
    return this.count;
  }

  /** Appends a sentence and returns where it sits. */
  add(sentence: string): Evidence {
    if (this.parts.length > 0) {
      const separator = this.sentencesInParagraph >= this.paragraphLength ? '\n\n' : ' ';
      if (separator === '\n\n') this.sentencesInParagraph = 0;
      this.parts.push(separator);
      this.length += separator.length;
    }
    const start = this.length;
    this.parts.push(sentence);
    this.length += sentence.length;
    this.sentencesInParagraph += 1;
    this.count += 1;
    return { documentId: this.id, sentence, start, end: this.length };
  }

  /** The finished document. */
  finish(meta: Omit<Document, 'id' | 'text'>): Document {
    return { id: this.id, ...meta, text: `${this.parts.join('')}\n` };
  }
}
