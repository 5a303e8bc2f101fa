/**
 * The small family of errors the domain throws. Each has a stable `code` that the edges (GraphQL, HTTP,
 * CLI) map to their own vocabulary; tests assert the class or the code, never the message.
 */
export type NewsgraphErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE' | 'INVALID_DATA';

/** Where an error keeps the kinds of its classes: a key every copy of this module shares. */
const KINDS = Symbol.for('newsgraph.errorKinds');

/**
 * `instanceof` works across copies of this module. The server holds two (server.ts's modules and Next's
 * bundle of the same files: app/server/http/graphql-fast-path.ts), which share one store, so an error
 * thrown by the store one made reaches code the other made. Each class that declares its own `kind` (a
 * string, which minifying keeps) is recognised by it as well as by its prototype; a class without one
 * (a private subclass such as the write lock's) only by its prototype, and across copies as its nearest
 * ancestor that has one.
 */
export abstract class NewsgraphError extends Error {
  static readonly kind: string = 'NewsgraphError';
  abstract readonly code: NewsgraphErrorCode;

  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options);
    // The kinds of new.target and its ancestors (an undeclared kind is inherited: taken once).
    const kinds: string[] = [];
    for (let c: unknown = new.target; typeof c === 'function' && 'kind' in c; c = Object.getPrototypeOf(c)) {
      if (Object.hasOwn(c, 'kind')) kinds.push((c as { kind: string }).kind);
    }
    Object.defineProperty(this, KINDS, { value: kinds });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (!Object.hasOwn(this, 'kind') || !(value instanceof Error)) return false;
    const kinds = (value as { [KINDS]?: unknown })[KINDS];
    return Array.isArray(kinds) && kinds.includes((this as unknown as { kind: string }).kind);
  }
}

/** An argument is out of range or malformed: the caller can fix it. */
export class InvalidArgumentError extends NewsgraphError {
  static override readonly kind: string = 'InvalidArgumentError';
  override readonly name = 'InvalidArgumentError';
  readonly code = 'BAD_USER_INPUT' as const;
}

/** One or more ids name nothing in the store. */
export class NotFoundError extends NewsgraphError {
  static override readonly kind: string = 'NotFoundError';
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
  static override readonly kind: string = 'StoreUnavailableError';
  override readonly name = 'StoreUnavailableError';
  readonly code = 'SERVICE_UNAVAILABLE' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A data file or a batch breaks the model's rules; `path` says where (e.g. `relations[12].evidence[0].start`). */
export class InvalidDataError extends NewsgraphError {
  static override readonly kind: string = 'InvalidDataError';
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
