import { InvalidArgumentError } from '../errors';

/** A save against a draft that changed since it was read (another tab, another reviewer), or was accepted. */
export class DraftConflictError extends InvalidArgumentError {
  // Tests and edges tell it apart by class (`instanceof`), as with ImportTooLargeError.
}
