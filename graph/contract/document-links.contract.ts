import { describe, expect, it } from 'vitest';
import type { Document, GraphBatch } from '../model';
import type { StoreGetter } from './context';
import { expectInvalidArgument, idList } from './context';
import { FIXTURE, fixtureDocument, fixtureEntity, fixtureRelation } from './fixture';

const EMPTY: GraphBatch = { documents: [], entities: [], relations: [] };

/** The relations of the fixture whose evidence is in the interview, by id. */
const INTERVIEW_RELATIONS = [
  'coastline-owns-ledger',
  'coastline-owns-radio',
  'hale-interviewed-okafor',
  'hale-works-for-ledger',
];

/** documentLinks: what the document view links from an article's text. */
export function describeDocumentLinks(store: StoreGetter): void {
  describe('#documentLinks', () => {
    it('returns the entities a document mentions and the relations it is evidence for, each ordered by id', async () => {
      const [links, ...others] = await store().documentLinks(['ledger-interview']);
      expect(others).toEqual([]);
      expect(links?.documentId).toBe('ledger-interview');
      expect(idList(links?.entities ?? [])).toEqual([
        'coastline-media',
        'daily-ledger',
        'sam-okafor',
        'southharbor-radio',
        'tom-hale',
      ]);
      expect(idList(links?.relations ?? [])).toEqual(INTERVIEW_RELATIONS);
    });

    it('leaves out what only other documents point into', async () => {
      const [links] = await store().documentLinks(['northwind-pulls-late-hour']);
      const expected = FIXTURE.relations
        .map((r) => r.id)
        .filter((id) => !INTERVIEW_RELATIONS.includes(id))
        .sort();
      expect(idList(links?.relations ?? [])).toEqual(expected);
      expect(idList(links?.entities ?? [])).not.toContain('tom-hale');
      expect(idList(links?.entities ?? [])).toContain('pier-seven');
    });

    it('returns entities and relations exactly as stored, entities with their degree', async () => {
      const [links] = await store().documentLinks(['ledger-interview']);
      expect(links?.entities.find((e) => e.id === 'sam-okafor')).toEqual({
        ...fixtureEntity('sam-okafor'),
        degree: 3,
      });
      expect(links?.relations.find((r) => r.id === 'hale-works-for-ledger')).toEqual(
        fixtureRelation('hale-works-for-ledger'),
      );
    });

    it('returns a relation with evidence in two documents under both, with all of its evidence', async () => {
      const [interviewSentence] = fixtureRelation('hale-interviewed-okafor').evidence;
      const twice = fixtureRelation('okafor-presented-late-hour');
      if (interviewSentence === undefined) throw new Error('fixture: the interview relation has no evidence');
      twice.evidence.push(interviewSentence);
      await store().upsert({ ...EMPTY, relations: [twice] });

      const links = await store().documentLinks(['ledger-interview', 'northwind-pulls-late-hour']);
      for (const document of links) {
        expect(
          document.relations.find((r) => r.id === twice.id),
          document.documentId,
        ).toEqual(twice);
      }
    });

    it('answers several documents in one call, ordered by id, leaving unknown ids out', async () => {
      const links = await store().documentLinks([
        'northwind-pulls-late-hour',
        'nothing-here',
        'ledger-interview',
        'ledger-interview',
      ]);
      expect(links.map((l) => l.documentId)).toEqual(['ledger-interview', 'northwind-pulls-late-hour']);
    });

    it('returns empty lists for a document nothing points into', async () => {
      const unread: Document = { ...fixtureDocument('ledger-interview'), id: 'unread-letter' };
      await store().upsert({ ...EMPTY, documents: [unread] });
      expect(await store().documentLinks(['unread-letter'])).toEqual([
        { documentId: 'unread-letter', entities: [], relations: [] },
      ]);
    });

    it('refuses an empty list of ids', async () => {
      await expectInvalidArgument(store().documentLinks([]));
    });
  });
}
