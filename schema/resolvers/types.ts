import type { GraphQLContext } from '../context';

/**
 * Hand-written resolver types: a field resolver takes its parent object (a domain type from graph/model.ts),
 * its checked arguments and the request context. Kept tiny on purpose; the schema is small enough that
 * generated types would be more machinery than help.
 */
export type FieldResolver<Parent, Args, Result> = (
  parent: Parent,
  args: Args,
  context: GraphQLContext,
) => Result | Promise<Result>;
