import { InvalidArgumentError } from '../errors';

/** A save against a draft that changed since it was read (another tab, another reviewer), or was accepted. */
export class DraftConflictError extends InvalidArgumentError {
  // Tests and edges tell it apart by class (`instanceof`), as with ImportTooLargeError.
}

/** A draft whose decisions cannot be written as they stand (a relation whose end was rejected, nothing accepted). */
export class DraftNotReadyError extends InvalidArgumentError {
  constructor(
    message: string,
    /** Each reason, for a person to fix on the review screen. */
    readonly problems: readonly string[],
  ) {
    super(message);
  }
}
