import { lexicons } from './lexicons';

/**
 * The entity and relation types extraction may propose: what the rules produce, and all an LLM is
 * allowed to answer with (anything else is dropped). Relation types come from the verb and title
 * lexicons plus the few the sentence shapes give.
 */
export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Company',
  'GovernmentBody',
  'MediaOrganization',
  'PoliticalParty',
  'Court',
  'Prison',
  'Law',
  'Country',
  'City',
  'Region',
  'Place',
  'Facility',
  'Program',
  'Documentary',
  'Segment',
  'Platform',
  'Group',
] as const;

const STRUCTURAL_RELATION_TYPES = ['LEADS', 'WORKS_FOR', 'HELD_OFFICE', 'FOUNDED', 'PART_OF', 'LOCATED_IN'];

export function relationTypes(): string[] {
  const lex = lexicons();
  return [
    ...new Set([
      ...lex.verbRules.map((r) => r.type),
      ...lex.titles.map((t) => t.relation),
      ...STRUCTURAL_RELATION_TYPES,
    ]),
  ].sort();
}
