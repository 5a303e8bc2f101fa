import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE, fixtureEntity, fixtureRelation } from '../graph/contract/fixture';
import { EmbeddedGraphStore } from '../graph/embedded/embedded-store';
import { createApolloServer } from './server';
import { execute } from './testing/execute';

const server = createApolloServer();

/** `Entity.provenance` and `Relation.provenance`: the audit trail as an entity's details show it. */

let dir: string;
let store: EmbeddedGraphStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-provenance-'));
  store = await EmbeddedGraphStore.open(dir);
  await store.upsert(FIXTURE);
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const QUERY = `query ($id: ID!) {
  entity(id: $id) { provenance { addedBy addedAt addedFrom created lastChangedBy lastChangedAt lastChangedFrom } }
}`;

describe('Entity.provenance', () => {
  it('is null for an entity no audited write touched (the seed)', async () => {
    const result = await execute(server, store, QUERY, { id: 'lena-berg' });
    expect(result.data).toEqual({ entity: { provenance: null } });
  });

  it('says who added it, when and from where, and who changed it last', async () => {
    const rita = { ...fixtureEntity('pier-seven'), id: 'rita-sol', name: 'Rita Sol' };
    await store.upsert(
      { documents: [], entities: [rita], relations: [] },
      {
        audit: {
          actor: 'nora',
          at: '2026-03-01T10:00:00.000Z',
          source: { kind: 'import', files: ['wire.json'] },
        },
      },
    );
    await store.upsert(
      { documents: [], entities: [{ ...rita, name: 'Rita Sol-Ortiz' }], relations: [] },
      {
        audit: { actor: 'omar', at: '2026-03-02T10:00:00.000Z', source: { kind: 'article', draftId: 'd-7' } },
      },
    );
    const result = await execute(server, store, QUERY, { id: 'rita-sol' });
    expect(result.data).toEqual({
      entity: {
        provenance: {
          addedBy: 'nora',
          addedAt: '2026-03-01T10:00:00.000Z',
          addedFrom: 'import of wire.json',
          created: true,
          lastChangedBy: 'omar',
          lastChangedAt: '2026-03-02T10:00:00.000Z',
          lastChangedFrom: 'article draft d-7',
        },
      },
    });
  });
});

describe('Relation.provenance', () => {
  it('marks an item that existed before the trail began as changed, not created', async () => {
    const relation = { ...fixtureRelation('hale-interviewed-okafor'), statement: 'Corrected.' };
    await store.upsert(
      { documents: [], entities: [], relations: [relation] },
      {
        audit: {
          actor: 'nora',
          at: '2026-03-01T10:00:00.000Z',
          source: { kind: 'import', files: ['fix.csv'] },
        },
      },
    );
    const result = await execute(
      server,
      store,
      `{ entity(id: "sam-okafor") { relations(types: ["${relation.type}"]) { id provenance { addedBy created } } } }`,
    );
    const relations = (result.data as { entity: { relations: { id: string; provenance: unknown }[] } }).entity
      .relations;
    expect(relations.find((r) => r.id === relation.id)?.provenance).toEqual({
      addedBy: 'nora',
      created: false,
    });
  });
});
