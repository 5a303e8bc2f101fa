import type { Neo4jSetup } from '../harness/bench-neo4j';
import type { Machine } from '../harness/machine';
import type { GraphqlBenchResult } from '../measure/graphql-bench';
import type { ImportRow } from '../measure/import-bench';
import type { Neo4jImportRow } from '../measure/neo4j-import-bench';
import type { PageBenchResult } from '../measure/page-bench';

/** Everything one `npm run bench` measured: written as JSON, and rendered as Markdown by render.ts. */
export interface BenchReport {
  /** 2: the Neo4j store beside the embedded one (`stores`, `neo4j`, `neo4jImport`, `GraphqlSection.store`). */
  formatVersion: 2;
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  settings: BenchSettings;
  /** Import into the embedded store. */
  import: ImportRow[];
  /** How the run's Neo4j was sized, or null when Neo4j was not measured. */
  neo4j: Neo4jSetup | null;
  neo4jImport: Neo4jImportRow[];
  graphql: GraphqlSection[];
  page: PageSection[];
  /** Things a reader must know to read the numbers right (sizes not reached, cells not run). */
  notes: string[];
}

/** The stores a run can measure. */
export type BenchStore = 'embedded' | 'neo4j';

interface BenchSettings {
  stores: BenchStore[];
  importSizes: number[];
  /** The graph the GraphQL targets are stated on. */
  targetRelations: number;
  /** A smaller graph on which every cell can run, for the shape of the curves. */
  fitsRelations: number | null;
  cellSeconds: number;
  seed: number;
}

export interface GraphqlSection {
  store: BenchStore;
  relations: number;
  entities: number;
  /** Seconds from `next start` to the first healthy answer (the embedded store reads its snapshot then). */
  serverReadySeconds: number;
  serverRssMb: number;
  result: GraphqlBenchResult;
}

export interface PageSection {
  /** What the page was opened on: "seed data", or a generated graph's size. */
  graph: string;
  result: PageBenchResult;
}
