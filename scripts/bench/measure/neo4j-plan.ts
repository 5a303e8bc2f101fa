import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { Params, Statement } from '../../../graph/neo4j/cypher';
import { neighborhoodStatement, shortestPathStatement } from '../../../graph/neo4j/cypher';
import { nameQuery } from '../../../graph/neo4j/lucene-query';
import { SEARCH_ENTITIES } from '../../../graph/neo4j/search-cypher';
import { NAME_CANDIDATES } from '../../../graph/search/candidates';
import { resolveNeighborhood, resolvePath, resolveSearch } from '../../../graph/store-arguments';
import { EXPANSION_LIMIT } from '../executor/explorer-queries';
import type { QueryKind, RunWorkload } from './query-kinds';
import { SEARCH_FIRST } from './query-kinds';

/** Neo4j's own account of one query (PROFILE): what it touched, by operator. */
export interface PlanSummary {
  /** Database hits of the whole plan. */
  dbHits: number;
  /** The operators with the most database hits, most first. */
  operators: { operator: string; dbHits: number; rows: number }[];
}

/**
 * The adapter's statement and parameters behind the i-th question of a kind, as `Neo4jGraphStore` sends
 * them with default options (same statements from graph/neo4j/cypher.ts, same argument resolution): each
 * read is one statement, its ids' existence checked inside it by their index seeks. The details of an
 * entity are two store calls (the entity, its relations), so no one statement stands for them: undefined.
 */
function adapterStatement(
  kind: QueryKind,
  workload: RunWorkload,
  i: number,
): { statement: Statement<Params>; params: Params } | undefined {
  const at = <T>(list: readonly T[]): T => {
    const item = list[i % list.length];
    if (item === undefined) throw new RangeError('The workload is empty.');
    return item;
  };
  switch (kind) {
    case 'search': {
      const { query } = resolveSearch(at(workload.searchTerms), { limit: SEARCH_FIRST });
      return {
        statement: SEARCH_ENTITIES,
        params: { lucene: nameQuery(query), types: null, candidates: neo4j.int(NAME_CANDIDATES) },
      };
    }
    case 'neighborhood1':
    case 'neighborhood2': {
      const { depth, limit } = resolveNeighborhood({ depth: kind === 'neighborhood1' ? 1 : 2 });
      return {
        statement: neighborhoodStatement(depth),
        params: {
          ids: [at(workload.entityIds)],
          relationTypes: null,
          entityTypes: null,
          limit: neo4j.int(limit),
        },
      };
    }
    case 'shortestPath': {
      const [from, to] = at(workload.pairs);
      const { maxDepth } = resolvePath();
      return {
        statement: shortestPathStatement(maxDepth),
        params: { from, to, relationTypes: null, entityTypes: null },
      };
    }
    case 'expansion':
      return {
        statement: neighborhoodStatement(resolveNeighborhood({ depth: 1 }).depth),
        params: {
          ids: [at(workload.hubIds)],
          relationTypes: null,
          entityTypes: null,
          limit: neo4j.int(EXPANSION_LIMIT),
        },
      };
    case 'details':
      return undefined;
  }
}

/**
 * Runs the adapter's statement for one question under PROFILE (the statement's own text from cypher.ts,
 * prefixed with the keyword) and sums database hits per operator: where Neo4j spends a query.
 */
export async function profileQuery(
  driver: Driver,
  kind: QueryKind,
  workload: RunWorkload,
  i: number,
  top = 5,
): Promise<PlanSummary | undefined> {
  const question = adapterStatement(kind, workload, i);
  if (question === undefined) return undefined;
  const { statement, params } = question;
  const { summary } = await driver.executeQuery(`PROFILE ${statement.text}`, params, {
    routing: neo4j.routing.READ,
  });
  if (summary.profile === false) return { dbHits: 0, operators: [] };
  return summarizePlan(summary.profile, top);
}

/** The part of the driver's ProfiledPlan this module reads. */
export interface PlanTree {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanTree[];
}

/** The plan's total database hits, and the `top` operators by their own hits (operators of one kind summed). */
export function summarizePlan(plan: PlanTree, top = 5): PlanSummary {
  const byOperator = new Map<string, { dbHits: number; rows: number }>();
  let dbHits = 0;
  const visit = (node: PlanTree) => {
    // Operator names carry the database ("Expand(All)@neo4j"): the same operator on any database.
    const operator = node.operatorType.replace(/@.*$/, '');
    const seen = byOperator.get(operator) ?? { dbHits: 0, rows: 0 };
    byOperator.set(operator, { dbHits: seen.dbHits + node.dbHits, rows: seen.rows + node.rows });
    dbHits += node.dbHits;
    for (const child of node.children) visit(child);
  };
  visit(plan);
  const operators = [...byOperator]
    .map(([operator, counts]) => ({ operator, ...counts }))
    .filter((o) => o.dbHits > 0)
    .sort((a, b) => b.dbHits - a.dbHits)
    .slice(0, top);
  return { dbHits, operators };
}
