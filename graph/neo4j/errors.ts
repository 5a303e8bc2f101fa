import { Neo4jError, error as driverErrorCodes } from 'neo4j-driver';
import { InvalidArgumentError, StoreUnavailableError } from '../errors';

/** Where the store points, so that messages can say which server and database failed. */
export interface ServerTarget {
  uri: string;
  database: string | undefined;
}

/**
 * Translates what neo4j-driver throws into the domain's errors, in this one place (as neo4j/graphql's
 * Executor does). Anything that means "the store cannot serve right now" becomes StoreUnavailableError
 * (503 at the edges); a constraint violation is the caller's to fix. Everything else, including our own
 * errors thrown inside a transaction function, passes through untouched, to be masked at the edge if
 * unknown. Returns the error to throw.
 */
export function translateDriverError(error: unknown, target: ServerTarget): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const server = `the server at ${target.uri}`;
  const options = { cause: error };
  const code = error.code;

  if (code === driverErrorCodes.SERVICE_UNAVAILABLE || code === driverErrorCodes.SESSION_EXPIRED) {
    return new StoreUnavailableError(
      `Neo4j: ${server} is not answering (${error.message}). Check that it is running and that NEO4J_URI is right.`,
      options,
    );
  }
  // The pool gives up waiting for a connection with a driver error that has no code, only this message.
  if (error.message.startsWith('Connection acquisition timed out')) {
    return new StoreUnavailableError(
      `Neo4j: no connection to ${server} became free in time; the server is slow or unreachable. Try again later.`,
      options,
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreUnavailableError(
      `Neo4j: ${server} refused our credentials or permissions (${code}). Check NEO4J_USER and NEO4J_PASSWORD.`,
      options,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(
      `Neo4j: ${server} has no database named ${JSON.stringify(target.database ?? '(default)')}. Check NEO4J_DATABASE.`,
      options,
    );
  }
  // Transient errors reach us only once the driver's own retries are spent (leader switch, database
  // starting, locks timing out).
  if (code.startsWith('Neo.TransientError.')) {
    return new StoreUnavailableError(
      `Neo4j: ${server} is busy or not ready (${code}). Try again later.`,
      options,
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new InvalidArgumentError(`Neo4j: the write breaks a uniqueness constraint: ${error.message}`);
  }
  return error;
}
