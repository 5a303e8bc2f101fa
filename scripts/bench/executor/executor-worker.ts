/**
 * Worker: graphql-js against graphql-jit on our real queries, in one process over one embedded store.
 * `--data-dir DIR --workload FILE [--reps N]`. For each query kind, the same requests (the workload's
 * i-th arguments) are executed by both, alternately, each from an already parsed and validated document
 * (what Apollo's document cache hands the executor), and serialized to JSON as the server would; the
 * answers are compared, so a faster executor that answers differently is caught. Also reports what
 * parsing and validating one document costs, which Apollo's document cache saves on every repeat.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { execute, parse, specifiedRules, validate } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { parseArgs } from 'node:util';
import { EmbeddedGraphStore } from '../../../graph/embedded/embedded-store';
import { createContext } from '../../../schema/context';
import { resolvers } from '../../../schema/resolvers';
import { typeDefs } from '../../../schema/server';
import { reportResult } from '../harness/child';
import type { HotSpot } from '../harness/profile';
import { hotSpots } from '../harness/profile';
import type { LatencySummary } from '../harness/stats';
import { summarize } from '../harness/stats';
import { readWorkload } from '../synthetic/dataset';
import type { QueryKind } from '../measure/query-kinds';
import { graphqlBody, QUERY_KINDS, withHubs } from '../measure/query-kinds';

interface ExecutorKind {
  graphqlJs: LatencySummary;
  graphqlJit: LatencySummary;
  /** graphql-js p50 ÷ graphql-jit p50. */
  speedup: number;
  /** Parsing and validating the document once, the cost a document cache saves. */
  parseValidateMs: number;
  /** Did both answer every request with the same JSON? */
  sameAnswers: boolean;
  bytes: number;
  /** Where graphql-jit spends one request of this kind (CPU profile, store call included). */
  hotSpots: HotSpot[];
}

export type ExecutorResult = Record<QueryKind, ExecutorKind>;

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    workload: { type: 'string' },
    reps: { type: 'string', default: '60' },
  },
});
const store = await EmbeddedGraphStore.open(values['data-dir'] ?? '');
const workload = await withHubs(store, await readWorkload({ workloadFile: values.workload ?? '' }));
const reps = Number(values.reps);
const schema = makeExecutableSchema({ typeDefs, resolvers });

interface Request {
  query: string;
  variables: Record<string, unknown>;
}

const result = {} as ExecutorResult;
for (const kind of QUERY_KINDS) {
  const first = JSON.parse(graphqlBody(kind, workload, 0)) as Request;
  const document = parse(first.query);
  const parseValidateMs = timeOnce(() => validate(schema, parse(first.query), specifiedRules), 20);
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit cannot compile ${kind}`);
  const js: number[] = [];
  const jit: number[] = [];
  let sameAnswers = true;
  let bytes = 0;
  for (let i = 0; i < reps; i += 1) {
    const { variables } = JSON.parse(graphqlBody(kind, workload, i)) as Request;
    const a = await timed(js, () => runJs(schema, document, variables));
    const b = await timed(jit, async () =>
      compiled.stringify(await compiled.query(undefined, createContext(store), variables)),
    );
    bytes = Math.max(bytes, a.length);
    if (JSON.stringify(JSON.parse(a)) !== JSON.stringify(JSON.parse(b))) sameAnswers = false;
  }
  const graphqlJs = summarize(js.slice(reps / 4));
  const graphqlJit = summarize(jit.slice(reps / 4));
  result[kind] = {
    graphqlJs,
    graphqlJit,
    speedup: graphqlJs.p50 / graphqlJit.p50,
    parseValidateMs,
    sameAnswers,
    bytes,
    hotSpots: await hotSpots(async () => {
      const { variables } = JSON.parse(graphqlBody(kind, workload, 0)) as Request;
      for (let i = 0; i < 5; i += 1) await compiled.query(undefined, createContext(store), variables);
    }),
  };
  console.log(
    `  ${kind}: graphql-js p50 ${graphqlJs.p50.toFixed(2)} ms, graphql-jit ${graphqlJit.p50.toFixed(2)} ms (${result[kind].speedup.toFixed(2)}×), parse+validate ${parseValidateMs.toFixed(2)} ms, same answers: ${sameAnswers}`,
  );
}
await store.close();
reportResult(result);

async function runJs(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Promise<string> {
  const answer = (await execute({
    schema,
    document,
    contextValue: createContext(store),
    variableValues: variables,
  })) as ExecutionResult;
  return JSON.stringify(answer);
}

async function timed(samples: number[], work: () => Promise<string>): Promise<string> {
  const started = performance.now();
  const answer = await work();
  samples.push(performance.now() - started);
  return answer;
}

/** The median time of `runs` runs of `work`, in ms. */
function timeOnce(work: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return summarize(times).p50;
}
