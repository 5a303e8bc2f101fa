/**
 * The small family of errors the domain throws. Each has a stable `code` that the edges (GraphQL, HTTP,
 * CLI) map to their own vocabulary; tests assert the class or the code, never the message.
 */
export type NewsgraphErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'INVALID_DATA';

export abstract class NewsgraphError extends Error {
  abstract readonly code: NewsgraphErrorCode;
}

/** An argument is out of range or malformed: the caller can fix it. */
export class InvalidArgumentError extends NewsgraphError {
  override readonly name = 'InvalidArgumentError';
  readonly code = 'BAD_USER_INPUT' as const;
}

/** One or more ids name nothing in the store. */
export class NotFoundError extends NewsgraphError {
  override readonly name = 'NotFoundError';
  readonly code = 'NOT_FOUND' as const;
  constructor(
    message: string,
    readonly missingIds: readonly string[] = [],
  ) {
    super(message);
  }
}

/** The store cannot be reached or is not answering; retrying later may work. */
export class StoreUnavailableError extends NewsgraphError {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A data file or a batch breaks the model's rules; `path` says where (e.g. `relations[12].evidence[0].start`). */
export class InvalidDataError extends NewsgraphError {
  override readonly name = 'InvalidDataError';
  readonly code = 'INVALID_DATA' as const;
  constructor(
    message: string,
    readonly source: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** For exhaustive switches over tagged unions: the compiler proves this is never reached. */
export class UnreachableCaseError extends Error {
  override readonly name = 'UnreachableCaseError';
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
