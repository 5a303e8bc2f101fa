import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportGraph } from '../graph/export';
import { collectExport } from '../graph/export/collect';
import type { ExportFile } from '../graph/export/types';
import { EXPORT_FORMATS } from '../graph/export/types';
import { createApolloServer } from './server';
import { codesOf, execute } from './testing/execute';
import type { SeededStore } from './testing/seeded-store';
import { openSeededStore } from './testing/seeded-store';

/** Query.exportSubgraph through the real server over a real embedded store loaded with the seed. */

const EXPORT = `query($ids: [ID!]!, $depth: Int, $relationTypes: [String!], $format: ExportFormat!) {
  exportSubgraph(ids: $ids, depth: $depth, relationTypes: $relationTypes, format: $format) {
    format mimeType filename content encoding
  }
}`;

/** Media types by format: what a browser, yEd, Gephi or a shell needs to see to open the file. */
const MEDIA: Record<(typeof EXPORT_FORMATS)[number], RegExp> = {
  JSON: /^application\/json/,
  CYTOSCAPE: /^application\/json/,
  GRAPHML: /^application\/(graphml\+)?xml/,
  GEXF: /^application\/(gexf\+)?xml/,
  CSV: /^application\/zip$/,
  CYPHER: /^(text|application)\/(plain|x-cypher|vnd\.neo4j\.cypher)/,
};

const server = createApolloServer();
let seeded: SeededStore;
const HUB = 'nayib-bukele';

beforeAll(async () => {
  seeded = await openSeededStore();
});
afterAll(async () => {
  await seeded.dispose();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function run(variables: Record<string, unknown>) {
  return execute<{ exportSubgraph: ExportFile }>(server, seeded.store, EXPORT, variables);
}

describe('GraphQL API', () => {
  describe('#exportSubgraph', () => {
    for (const format of EXPORT_FORMATS) {
      it(`answers ${format} with its media type, a file name and the library’s own file`, async () => {
        const result = await run({ ids: [HUB], depth: 1, format });
        expect(result.errors).toBeUndefined();
        const file = result.data?.exportSubgraph;
        expect(file?.format).toBe(format);
        expect(file?.mimeType).toMatch(MEDIA[format]);
        expect(file?.filename).toMatch(/^newsgraph-nayib-bukele-depth-1\.[a-z.]+$/);
        const input = await collectExport(seeded.store, { ids: [HUB], depth: 1, maxNodes: 5000 });
        expect(file).toEqual(exportGraph(input, format, { baseName: 'newsgraph-nayib-bukele-depth-1' }));
      });
    }

    it('answers CSV as a base64 zip and says so', async () => {
      const result = await run({ ids: [HUB], format: 'CSV' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.exportSubgraph.encoding).toBe('base64');
      expect(result.data?.exportSubgraph.content.startsWith('UEsD')).toBe(true);
    });

    it('answers text formats as utf8', async () => {
      for (const format of EXPORT_FORMATS.filter((f) => f !== 'CSV')) {
        const result = await run({ ids: [HUB], format });
        expect(result.data?.exportSubgraph.encoding, format).toBe('utf8');
      }
    });

    it('exports exactly the entities asked for at the default depth 0', async () => {
      const ids = [HUB, 'cecot'];
      const result = await execute<{ exportSubgraph: ExportFile }>(
        server,
        seeded.store,
        'query($ids: [ID!]!) { exportSubgraph(ids: $ids, format: JSON) { content } }',
        { ids },
      );
      expect(result.errors).toBeUndefined();
      const bundle = JSON.parse(result.data?.exportSubgraph.content ?? '{}') as {
        entities: { id: string }[];
      };
      expect(bundle.entities.map((e) => e.id).sort()).toEqual([...ids].sort());
    });

    it('fails with NOT_FOUND for ids that name nothing', async () => {
      const result = await run({ ids: [HUB, 'no-such-entity'], format: 'JSON' });
      expect(codesOf(result)).toEqual(['NOT_FOUND']);
    });

    const bad: [string, Record<string, unknown>][] = [
      ['depth 9', { depth: 9 }],
      ['depth -1', { depth: -1 }],
      ['no ids', { ids: [] }],
      ['a relation type that is not UPPER_SNAKE_CASE', { relationTypes: ['said'] }],
      ['a format that does not exist', { format: 'PDF' }],
    ];
    for (const [name, variables] of bad) {
      it(`fails with BAD_USER_INPUT for ${name}`, async () => {
        const result = await run({ ids: [HUB], format: 'JSON', ...variables });
        expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      });
    }

    it('fails with BAD_USER_INPUT, rather than cutting, when the export is over the node limit', async () => {
      vi.stubEnv('NEWSGRAPH_MAX_EXPORT_NODES', '2');
      const result = await run({ ids: [HUB], depth: 1, format: 'JSON' });
      expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.data).toBeNull();
    });
  });
});
