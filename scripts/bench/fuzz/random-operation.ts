import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
} from 'graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { Random } from '../synthetic/random';
import { HOSTILE_INTS, HOSTILE_STRINGS, WRONG_TYPE_VALUES } from './hostile-values';

/** Real values to mix into arguments, so that many requests find something and run the full resolver path. */
export interface KnownValues {
  ids: readonly string[];
  documentIds: readonly string[];
  searchTerms: readonly string[];
  entityTypes: readonly string[];
  relationTypes: readonly string[];
}

export interface RandomOperation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * A random operation over the schema's Query type: one to three root fields (aliased when repeated), each
 * with arguments drawn from real and hostile values, inline or as variables, and a random selection set
 * that sometimes goes deeper than the depth limit, repeats fields under aliases, uses fragments and
 * directives, or asks for introspection. Most are valid GraphQL; many are refused by the limits; none
 * should make the server fail.
 */
export function randomOperation(schema: GraphQLSchema, known: KnownValues, random: Random): RandomOperation {
  const query = schema.getQueryType();
  if (query === null || query === undefined) throw new Error('The schema has no Query type.');
  const state: BuildState = { random, known, variables: {}, declarations: [], fragments: [], aliases: 0 };
  const maxDepth = random.weighted([
    [3, 4],
    [5, 3],
    [8, 1],
  ] as const);
  const fields = Object.values(query.getFields());
  const roots = Array.from({ length: 1 + random.int(3) }, (_, i) => {
    const field = random.pick(fields);
    return fieldText(field, state, maxDepth, i > 0 || random.chance(0.1));
  });
  if (random.chance(0.05)) roots.push('__typename');
  if (random.chance(0.03)) roots.push('__schema { queryType { name } types { name kind } }');
  const name = random.chance(0.5) ? ` Fuzz${random.int(1000)}` : '';
  const declarations = state.declarations.length > 0 ? `(${state.declarations.join(', ')})` : '';
  const head = name === '' && declarations === '' && random.chance(0.3) ? '' : `query${name}${declarations} `;
  const text = `${head}{ ${roots.join(' ')} }${state.fragments.map((f) => ` ${f}`).join('')}`;
  return { query: text, variables: state.variables };
}

interface BuildState {
  random: Random;
  known: KnownValues;
  variables: Record<string, unknown>;
  declarations: string[];
  fragments: string[];
  aliases: number;
}

function fieldText(
  field: GraphQLField<unknown, unknown>,
  state: BuildState,
  depthLeft: number,
  alias: boolean,
): string {
  const { random } = state;
  const args = field.args.flatMap((arg) =>
    isNonNullType(arg.type) || random.chance(0.5) ? [argText(arg, state)] : [],
  );
  if (random.chance(0.005)) args.push(`bogus: ${random.int(10)}`);
  const name = alias ? `a${state.aliases++}: ${field.name}` : field.name;
  const directive = random.chance(0.02) ? directiveText(random) : '';
  const head = `${name}${args.length > 0 ? `(${args.join(', ')})` : ''}${directive}`;
  const selection = selectionText(field.type, state, depthLeft - 1);
  return selection === '' ? head : `${head} ${selection}`;
}

function directiveText(random: Random): string {
  return random.pick([
    ' @include(if: true)',
    ' @skip(if: false)',
    ' @skip(if: true)',
    ' @deprecated',
    ' @nope',
  ]);
}

function selectionText(type: GraphQLOutputType, state: BuildState, depthLeft: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return state.random.chance(0.003) ? '{ id }' : '';
  const { random } = state;
  const fields = Object.values(named.getFields());
  const leaves = fields.filter((f) => !isObjectType(getNamedType(f.type)));
  const branches = fields.filter((f) => isObjectType(getNamedType(f.type)));
  const chosen = random.shuffle([...leaves]).slice(0, 1 + random.int(leaves.length || 1));
  const parts = chosen.map((f) => fieldText(f, state, depthLeft, random.chance(0.05)));
  if (depthLeft > 0) {
    for (const branch of random.shuffle([...branches]).slice(0, random.int(3))) {
      parts.push(fieldText(branch, state, depthLeft, random.chance(0.1)));
    }
  }
  if (parts.length === 0) parts.push('__typename');
  if (random.chance(0.05)) parts.push(`... on ${named.name} { __typename }`);
  if (random.chance(0.03)) {
    const fragment = `F${state.fragments.length}`;
    state.fragments.push(`fragment ${fragment} on ${named.name} { ${parts[0]} }`);
    parts.push(`...${fragment}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function argText(arg: GraphQLArgument, state: BuildState): string {
  const { random } = state;
  const value = valueFor(arg.type, arg.name, state);
  if (random.chance(0.3)) {
    const name = `v${state.declarations.length}`;
    // Now and then the declared type does not match the argument's: the validator must say so.
    const declared = random.chance(0.05) ? 'String' : String(arg.type);
    state.declarations.push(`$${name}: ${declared}`);
    state.variables[name] = value;
    return `${arg.name}: $${name}`;
  }
  return `${arg.name}: ${literal(value, arg.type)}`;
}

function valueFor(type: GraphQLInputType, argName: string, state: BuildState): unknown {
  const { random } = state;
  if (random.chance(0.04)) return random.pick(WRONG_TYPE_VALUES);
  if (isNonNullType(type)) return random.chance(0.03) ? null : valueFor(type.ofType, argName, state);
  if (isListType(type)) {
    const length = random.weighted([
      [0, 1],
      [1, 6],
      [2, 2],
      [5, 1],
      [1001, 0.3],
    ] as const);
    return Array.from({ length }, () => valueFor(type.ofType, argName, state));
  }
  if (isEnumType(type)) {
    return random.chance(0.9) ? random.pick(type.getValues()).value : random.pick(['NOPE', 'both', '"OUT"']);
  }
  if (isInputObjectType(type)) return {};
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return random.chance(0.8) ? random.pick(HOSTILE_INTS) : random.int(100_000) - 50_000;
      case 'Boolean':
        return random.chance(0.5);
      case 'Float':
        return random.next() * 1000;
      default:
        return stringFor(argName, state);
    }
  }
  return null;
}

function stringFor(argName: string, state: BuildState): string {
  const { random, known } = state;
  if (random.chance(0.45)) return random.pick(HOSTILE_STRINGS);
  if (/type/i.test(argName))
    return random.pick(/relation/i.test(argName) ? known.relationTypes : known.entityTypes);
  if (argName === 'query') return random.pick(known.searchTerms);
  if (argName === 'id' && random.chance(0.2)) return random.pick(known.documentIds);
  return random.pick(known.ids);
}

/** A value as a GraphQL literal; values of the wrong shape are written as best they can be. */
function literal(value: unknown, type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, named)).join(', ')}]`;
  if (typeof value === 'string')
    return isEnumType(named) && /^[A-Za-z_]\w*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  return '{}';
}
