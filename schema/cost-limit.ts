import type { ApolloServerPlugin } from '@apollo/server';
import type {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  GraphQLArgument,
  GraphQLSchema,
  OperationDefinitionNode,
  ValidationRule,
  ValueNode,
} from 'graphql';
import { GraphQLError, Kind, TypeInfo, buildSchema, validate, visit, visitWithTypeInfo } from 'graphql';

/**
 * GraphQL Armor's cost estimate, made on the list sizes an operation will really run with.
 *
 * Armor multiplies the cost of a list field by its `first:` argument, but only when that is written as a
 * number in the query: `relations(first: $n)` and a `relations` that leaves `first` to its default both
 * count as a list of one. As a validation rule it cannot do better, because validation sees the document
 * and never the variables. So the estimate runs here instead, once the operation is chosen and its
 * variables are known: every `first`/`last` argument is first written out as the number it will take
 * (the variable's value, else the variable's default, else the field's default in the schema), then
 * Armor's own rule scores the result. `relations(first: $n)` with n = 500 scores what
 * `relations(first: 500)` does, and an operation over the limit is refused before anything runs:
 * HTTP 400, GRAPHQL_VALIDATION_FAILED, "Query Cost limit of … exceeded, found …".
 *
 * The other list sizes (`neighborhood(limit)`, `overview(limit)`, `subgraph(ids)`) are not multipliers in
 * Armor's model and stay unscored; each is one store call bounded by graph/limits.ts, whose result's
 * nested lists are themselves `first`-bounded fields that this estimate does count.
 */

/** The argument names Armor reads as a list's size. */
const SIZE_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'last']);

/** Larger than any Int a variable can hold, so an absurd value still scores as absurd (and is refused). */
const LARGEST_SIZE = 2 ** 31;

/**
 * Public: the plugin that runs `costRules` (Armor's cost rule, built in schema/armor.ts) on each
 * operation with its list sizes written out, reading the fields' defaults from `typeDefs`.
 *
 * The schema is built here from the SDL rather than taken from Apollo: Apollo and this module can load
 * different builds of graphql (CommonJS and ESM, see schema/errors.ts), and graphql's TypeInfo and
 * validate refuse a schema made by the other one.
 */
export function costLimitPlugin(costRules: readonly ValidationRule[], typeDefs: string): ApolloServerPlugin {
  const schema = buildSchema(typeDefs);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          // No operation (an unknown operationName): Apollo answers that itself, with 400.
          if (operation === undefined) return;
          const sized = withListSizes(schema, document, operation, request.variables ?? {});
          const [refusal] = validate(schema, sized, costRules);
          if (refusal === undefined) return;
          throw new GraphQLError(refusal.message, {
            extensions: { ...refusal.extensions, http: { status: 400 } },
          });
        },
      };
    },
  };
}

/**
 * `operation` and the fragments of `document`, with every list-size argument the operation will run with
 * written out as an integer literal. Values that are not numbers are left alone: the variable's coercion
 * refuses them before anything runs.
 */
function withListSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): DocumentNode {
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]),
  );
  const valueOf = (node: ValueNode | undefined, fallback: unknown): unknown => {
    if (node === undefined) return fallback;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind !== Kind.VARIABLE) return undefined; // a literal of another kind: validation refused it
    const name = node.name.value;
    const given = variables[name];
    if (given !== undefined && given !== null) return given;
    return valueOf(variableDefaults.get(name), fallback);
  };

  const typeInfo = new TypeInfo(schema);
  const onlyOperation: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  return visit(
    onlyOperation,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const sizeArgument = typeInfo.getFieldDef()?.args.find((a) => SIZE_ARGUMENTS.has(a.name));
        if (sizeArgument === undefined) return undefined;
        const written = node.arguments?.find((a) => a.name.value === sizeArgument.name);
        const size = valueOf(written?.value, sizeArgument.defaultValue);
        if (typeof size !== 'number' || !Number.isFinite(size)) return undefined;
        return { ...node, arguments: withSize(node.arguments ?? [], sizeArgument, size) };
      },
    }),
  );
}

function withSize(written: readonly ArgumentNode[], argument: GraphQLArgument, size: number): ArgumentNode[] {
  const literal: ArgumentNode = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: argument.name },
    value: { kind: Kind.INT, value: String(Math.min(LARGEST_SIZE, Math.max(0, Math.trunc(size)))) },
  };
  // First: Armor reads only the first size argument it meets.
  return [literal, ...written.filter((a) => a.name.value !== argument.name)];
}
