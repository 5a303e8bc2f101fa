import { NewsgraphError } from '../../errors';

/**
 * The LLM endpoint could not be used: refused, timed out, answered an HTTP error or an answer that is not
 * the JSON asked for. The message says which, and where; retrying later or fixing NEWSGRAPH_LLM_* helps.
 */
export class LlmUnavailableError extends NewsgraphError {
  override readonly name = 'LlmUnavailableError';
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
