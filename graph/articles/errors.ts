import { InvalidArgumentError } from '../errors';

/** Why an article was turned away before extraction; each has its own message saying what to do. */
export type ArticleProblem =
  | 'EMPTY'
  | 'BINARY'
  | 'ENCODING'
  | 'TOO_LARGE'
  | 'UNSUPPORTED_FILE'
  | 'LANGUAGE'
  | 'SCRIPT_LADEN'
  | 'NO_ARTICLE_TEXT'
  | 'DUPLICATE_TEXT'
  | 'DUPLICATE_URL';

/** An article refused at intake: nothing was extracted or written. `problem` is stable; the message is for people. */
export class ArticleRejectedError extends InvalidArgumentError {
  constructor(
    readonly problem: ArticleProblem,
    message: string,
    /** The document or draft it duplicates, when it does. */
    readonly duplicateOf: { documentId?: string; draftId?: string } = {},
  ) {
    super(message);
  }
}
