import type { Machine } from '../harness/machine';
import type { GraphqlBenchResult } from '../measure/graphql-bench';
import type { ImportRow } from '../measure/import-bench';
import type { PageBenchResult } from '../measure/page-bench';

/** Everything one `npm run bench` measured: written as JSON, and rendered as Markdown by render.ts. */
export interface BenchReport {
  formatVersion: 1;
  startedAt: string;
  finishedAt: string;
  machine: Machine;
  settings: BenchSettings;
  import: ImportRow[];
  graphql: GraphqlSection[];
  page: PageSection[];
  /** Things a reader must know to read the numbers right (sizes not reached, cells not run). */
  notes: string[];
}

interface BenchSettings {
  importSizes: number[];
  /** The graph the GraphQL targets are stated on. */
  targetRelations: number;
  /** A smaller graph on which every cell can run, for the shape of the curves. */
  fitsRelations: number | null;
  cellSeconds: number;
  seed: number;
}

export interface GraphqlSection {
  relations: number;
  entities: number;
  /** Seconds from `next start` to the first healthy answer (the snapshot is read then). */
  serverReadySeconds: number;
  serverRssMb: number;
  result: GraphqlBenchResult;
}

export interface PageSection {
  /** What the page was opened on: "seed data", or a generated graph's size. */
  graph: string;
  result: PageBenchResult;
}
