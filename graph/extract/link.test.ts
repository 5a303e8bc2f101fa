import { describe, expect, it } from 'vitest';
import type { KnownEntity } from './draft';
import { EntityLinker } from './link';
import { normalisedForm } from './normalise-name';

const known: KnownEntity[] = [
  { id: 'nayib-bukele', name: 'Nayib Bukele', type: 'Person', aliases: ['President Nayib Bukele'] },
  { id: 'hillary-clinton', name: 'Hillary Clinton', type: 'Person', aliases: [] },
  { id: 'bill-clinton', name: 'Bill Clinton', type: 'Person', aliases: [] },
  { id: 'united-states', name: 'United States', type: 'Country', aliases: [] },
  { id: 'cbs-news', name: 'CBS News', type: 'MediaOrganization', aliases: [] },
  { id: 'cecot', name: 'CECOT', type: 'Prison', aliases: ['Terrorism Confinement Center'] },
];
const linker = new EntityLinker(known);
const link = (name: string, type: string, aliases: string[] = [], typeIsGuess = false) =>
  linker.link({ name, type, aliases, typeIsGuess });

describe('EntityLinker', () => {
  describe('#link', () => {
    it('links an exact name or alias of the same type, case and "the" aside', () => {
      expect(link('Nayib Bukele', 'Person').match?.id).toBe('nayib-bukele');
      expect(link('the Terrorism Confinement Center', 'Prison').match?.id).toBe('cecot');
      expect(link('cbs news', 'MediaOrganization').via).toBe('exact');
    });

    it('links through normalised forms: titles, possessives and the names of the United States', () => {
      expect(link('Former President Nayib Bukele', 'Person').match?.id).toBe('nayib-bukele');
      expect(link('Bukele’s', 'Person').match?.id).toBe('nayib-bukele');
      for (const name of ['US', 'U.S.', 'the United States', 'America']) {
        expect(link(name, 'Country').match?.id, name).toBe('united-states');
      }
    });

    it('links a surname alone when exactly one person of the graph has it', () => {
      expect(link('Bukele', 'Person')).toMatchObject({ match: { id: 'nayib-bukele' }, via: 'surname' });
    });

    it('only suggests, never links, a surname two people of the graph share', () => {
      const result = link('Clinton', 'Person');
      expect(result.match).toBeUndefined();
      expect(result.suggestions.map((s) => s.id).sort()).toEqual(['bill-clinton', 'hillary-clinton']);
    });

    it('keeps a new person with a known surname and another first name apart', () => {
      const result = link('Chelsea Clinton', 'Person');
      expect(result.match).toBeUndefined();
    });

    it('keeps a new person apart from one of the graph whose surname alias they share', () => {
      // Accepting "Ana Ortega" from an article stores "Ortega" as one of her aliases.
      const graph = new EntityLinker([
        { id: 'ana-ortega', name: 'Ana Ortega', type: 'Person', aliases: ['Ortega'] },
      ]);
      expect(graph.link({ name: 'Luis Ortega', type: 'Person', aliases: ['Ortega'] }).match).toBeUndefined();
      expect(graph.link({ name: 'Ortega', type: 'Person', aliases: [] }).match?.id).toBe('ana-ortega');
      expect(graph.link({ name: 'Ana Ortega', type: 'Person', aliases: ['Ortega'] }).match?.id).toBe(
        'ana-ortega',
      );
    });

    it('suggests, without linking, the same name under another type', () => {
      const result = link('CBS News', 'Organization');
      expect(result.match).toBeUndefined();
      expect(result.suggestions[0]).toMatchObject({
        id: 'cbs-news',
        reason: 'same name, but a MediaOrganization',
      });
    });

    it('lets an exact match correct a type that was only guessed from the name’s shape', () => {
      expect(link('CECOT', 'Organization', [], true).match?.id).toBe('cecot');
    });

    it('suggests a name that contains another ("same as CBS News?")', () => {
      const result = link('CBS', 'MediaOrganization');
      expect(result.match).toBeUndefined();
      expect(result.suggestions.map((s) => s.id)).toContain('cbs-news');
    });

    it('links nothing when the graph is empty', () => {
      expect(new EntityLinker([]).link({ name: 'Bukele', type: 'Person', aliases: [] })).toEqual({
        suggestions: [],
      });
    });
  });

  describe('normalisedForm', () => {
    it('strips titles, honorifics, dots and accents', () => {
      expect(normalisedForm('Dr. Elena Marroquín')).toBe('elena marroquin');
      expect(normalisedForm('Secretary of State Marco Rubio')).toBe('marco rubio');
      expect(normalisedForm('U.S.')).toBe('united states');
    });
  });
});
