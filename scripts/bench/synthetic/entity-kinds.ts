import type { Random } from './random';
import * as words from './vocabulary';

/**
 * The kinds of entity the generator makes: a PascalCase type (as the model requires), how common it is in
 * news, and how to invent a name, aliases and a description for one.
 */
export interface EntityKind {
  type: string;
  /** Relative frequency among generated entities. */
  weight: number;
  name(random: Random): string;
  aliases(name: string, random: Random): string[];
  description(name: string, random: Random): string | null;
}

const none = () => [];

/** "Northwind Energy Group" → "NEG": how organisations are often named a second time. */
function acronym(name: string): string[] {
  const letters = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && w !== 'The')
    .map((w) => w[0])
    .join('');
  return letters.length >= 2 ? [letters] : [];
}

export const ENTITY_KINDS: readonly EntityKind[] = [
  {
    type: 'Person',
    weight: 50,
    name: (r) => `${r.pick(words.FIRST_NAMES)} ${r.pick(words.SURNAMES)}`,
    // Articles name a person in full once, then by surname.
    aliases: (name, r) => (r.chance(0.6) ? [name.split(' ').slice(1).join(' ')] : []),
    description: (_name, r) =>
      r.chance(0.5)
        ? `${capitalize(r.pick(words.ROLES))} quoted in coverage of ${r.pick(words.TOPICS)}.`
        : null,
  },
  {
    type: 'Company',
    weight: 10,
    name: (r) =>
      `${r.pick(words.COMPANY_WORDS)} ${r.pick(words.COMPANY_KINDS)}${r.pick(words.COMPANY_SUFFIXES)}`,
    aliases: (name) => acronym(name),
    description: (_name, r) => (r.chance(0.4) ? `A company in the news over ${r.pick(words.TOPICS)}.` : null),
  },
  {
    type: 'MediaOrganization',
    weight: 6,
    name: (r) =>
      r.chance(0.6)
        ? `The ${words.placeName(r)} ${r.pick(words.PAPER_NAMES)}`
        : `${words.placeName(r)} ${r.pick(words.BROADCAST_NAMES)}`,
    aliases: (name) => acronym(name),
    description: (_name, r) => (r.chance(0.5) ? 'A news organisation.' : null),
  },
  {
    type: 'GovernmentBody',
    weight: 8,
    name: (r) =>
      r.chance(0.5)
        ? `Ministry of ${r.pick(words.MINISTRIES)} of ${words.placeName(r)}`
        : `${words.placeName(r)} ${r.pick(words.GOVERNMENT_BODIES)}`,
    aliases: none,
    description: (_name, r) => (r.chance(0.3) ? 'A public body.' : null),
  },
  {
    type: 'Group',
    weight: 5,
    name: (r) => `${words.placeName(r)} ${r.pick(words.GROUP_KINDS)}`,
    aliases: (name) => acronym(name),
    description: (_name, r) => (r.chance(0.4) ? 'A civil-society group.' : null),
  },
  {
    type: 'Country',
    weight: 3,
    name: (r) => `Republic of ${words.placeName(r)}`,
    aliases: (name) => [name.replace('Republic of ', '')],
    description: () => null,
  },
  {
    type: 'City',
    weight: 6,
    name: (r) => words.placeName(r),
    aliases: none,
    description: () => null,
  },
  {
    type: 'Program',
    weight: 3,
    name: (r) => `${words.placeName(r)} ${r.pick(words.PROGRAM_KINDS)}`,
    aliases: none,
    description: (_name, r) => (r.chance(0.5) ? 'A current-affairs programme.' : null),
  },
  {
    type: 'Documentary',
    weight: 3,
    name: (r) =>
      r.chance(0.5)
        ? `The ${r.pick(words.WORK_ADJECTIVES)} ${r.pick(words.WORK_NOUNS)}`
        : `The ${r.pick(words.WORK_NOUNS)} of ${words.placeName(r)}`,
    aliases: none,
    description: (_name, r) => (r.chance(0.5) ? `A documentary about ${r.pick(words.TOPICS)}.` : null),
  },
  {
    type: 'Law',
    weight: 3,
    name: (r) => `${words.placeName(r)} ${r.pick(words.LAW_SUBJECTS)} Act of ${2000 + r.int(26)}`,
    aliases: none,
    description: () => null,
  },
  {
    type: 'Platform',
    // A handful of platforms carry most posts: few entities, many relations each.
    weight: 0.3,
    name: (r) => `${r.pick(words.PLATFORM_STARTS)}${r.pick(words.PLATFORM_ENDS)}`,
    aliases: none,
    description: (_name, r) => (r.chance(0.5) ? 'A social media platform.' : null),
  },
];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
