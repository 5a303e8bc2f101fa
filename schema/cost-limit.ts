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
  const verdicts = new VerdictCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          // No operation (an unknown operationName): Apollo answers that itself, with 400.
          if (operation === undefined) return;
          const variables = request.variables ?? {};
          const refusal = verdicts.verdict(schema, document, operation, variables, () => {
            const sized = withListSizes(schema, document, operation, variables);
            return validate(schema, sized, costRules)[0] ?? null;
          });
          if (refusal === null) return;
          throw new GraphQLError(refusal.message, {
            extensions: { ...refusal.extensions, http: { status: 400 } },
          });
        },
      };
    },
  };
}

/** The most verdicts kept for one operation (one per distinct combination of list sizes). */
const VERDICTS_PER_OPERATION = 64;

/**
 * The estimate's verdicts, kept per operation and per the list sizes it runs with: the sized document
 * and its score depend on nothing else, so a repeated operation (the explorer sends a handful of
 * documents with changing ids) is scored once per combination of sizes instead of walking its document
 * with TypeInfo and validating it again on every request (a twentieth of a small request's CPU).
 *
 * Keyed by the parsed document, which Apollo's document cache hands every repeat of the same query: a
 * WeakMap drops the verdicts when Apollo drops the document, so this cache is bounded by Apollo's, and by
 * VERDICTS_PER_OPERATION within each operation.
 */
class VerdictCache {
  private readonly operations = new WeakMap<OperationDefinitionNode, OperationVerdicts>();

  verdict(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
    score: () => GraphQLError | null,
  ): GraphQLError | null {
    let known = this.operations.get(operation);
    if (known === undefined) {
      known = { sites: sizeSites(schema, document, operation), verdicts: new Map() };
      this.operations.set(operation, known);
    }
    const valueOf = sizeReader(operation, variables);
    const key = known.sites.map((site) => sizeKey(valueOf(site.written, site.fallback))).join(',');
    const cached = known.verdicts.get(key);
    if (cached !== undefined) return cached;
    const verdict = score();
    if (known.verdicts.size >= VERDICTS_PER_OPERATION) known.verdicts.clear();
    known.verdicts.set(key, verdict);
    return verdict;
  }
}

/**
 * What a size contributes to the sized document: the integer written out, or `-` for a value that is left
 * alone (not a finite number: the variable's coercion refuses it).
 */
function sizeKey(size: unknown): string {
  return typeof size === 'number' && Number.isFinite(size) ? String(clampedSize(size)) : '-';
}

function clampedSize(size: number): number {
  return Math.min(LARGEST_SIZE, Math.max(0, Math.trunc(size)));
}

interface OperationVerdicts {
  sites: SizeSite[];
  verdicts: Map<string, GraphQLError | null>;
}

/** A list field's size argument: as written in the query (if it is), and the schema's default. */
interface SizeSite {
  written: ValueNode | undefined;
  fallback: unknown;
}

/** Every size argument `withListSizes` writes out, in the order it meets them. */
function sizeSites(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): SizeSite[] {
  const sites: SizeSite[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    onlyOperation(document, operation),
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode) {
        const sizeArgument = typeInfo.getFieldDef()?.args.find((a) => SIZE_ARGUMENTS.has(a.name));
        if (sizeArgument === undefined) return;
        const written = node.arguments?.find((a) => a.name.value === sizeArgument.name);
        sites.push({ written: written?.value, fallback: sizeArgument.defaultValue });
      },
    }),
  );
  return sites;
}

/** The operation and the fragments of `document`: what the estimate scores. */
function onlyOperation(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  return {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
}

/**
 * The value a size argument takes: an integer literal, else the variable's value, else the variable's
 * default, else `fallback` (the field's default). Undefined for a literal of another kind (validation
 * refused it already).
 */
function sizeReader(
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): (node: ValueNode | undefined, fallback: unknown) => unknown {
  const variableDefaults = new Map(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]),
  );
  const valueOf = (node: ValueNode | undefined, fallback: unknown): unknown => {
    if (node === undefined) return fallback;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind !== Kind.VARIABLE) return undefined;
    const name = node.name.value;
    const given = variables[name];
    if (given !== undefined && given !== null) return given;
    return valueOf(variableDefaults.get(name), fallback);
  };
  return valueOf;
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
  const valueOf = sizeReader(operation, variables);
  const typeInfo = new TypeInfo(schema);
  return visit(
    onlyOperation(document, operation),
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
    value: { kind: Kind.INT, value: String(clampedSize(size)) },
  };
  // First: Armor reads only the first size argument it meets.
  return [literal, ...written.filter((a) => a.name.value !== argument.name)];
}
