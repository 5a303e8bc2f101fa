import type { Random } from './random';
import * as words from './vocabulary';

/**
 * The kinds of relation the generator makes: an UPPER_SNAKE_CASE type, which entity types may stand at
 * each end, and the sentence an article would state it in. Every sentence names both ends in full, so it
 * is the evidence of the relation and a mention of both entities.
 */
export interface RelationKind {
  type: string;
  weight: number;
  sources: readonly string[];
  targets: readonly string[];
  write(source: string, target: string, random: Random): StatedRelation;
}

/** What one sentence states: the sentence itself, and the relation's statement and role when it has them. */
interface StatedRelation {
  sentence: string;
  statement: string | null;
  role: string | null;
}

const PEOPLE = ['Person'];
const ORGANISATIONS = ['Company', 'MediaOrganization', 'GovernmentBody', 'Group'];
const ACTORS = [...PEOPLE, ...ORGANISATIONS];
const PLACES = ['Country', 'City'];
const WORKS = ['Program', 'Documentary'];

/** How a news sentence often opens; empty most of the time. */
function lead(random: Random): string {
  return random.weighted<string>([
    ['', 6],
    [`On ${random.pick(words.WEEKDAYS)}, `, 2],
    ['According to court filings, ', 1],
    ['In a statement, ', 1],
  ]);
}

function plain(sentence: string): StatedRelation {
  return { sentence, statement: null, role: null };
}

export const RELATION_KINDS: readonly RelationKind[] = [
  {
    type: 'SAID',
    weight: 14,
    sources: PEOPLE,
    targets: ACTORS,
    write: (s, t, r) => {
      const claim = r.pick(words.CLAIMS);
      return { sentence: `${lead(r)}${s} said that ${t} ${claim}.`, statement: `${t} ${claim}.`, role: null };
    },
  },
  {
    type: 'CRITICIZED',
    weight: 12,
    sources: ACTORS,
    targets: ACTORS,
    write: (s, t, r) => plain(`${lead(r)}${s} criticized ${t} over ${r.pick(words.TOPICS)}.`),
  },
  {
    type: 'PRAISED',
    weight: 5,
    sources: PEOPLE,
    targets: ACTORS,
    write: (s, t, r) => plain(`${s} praised ${t} for its handling of ${r.pick(words.TOPICS)}.`),
  },
  {
    type: 'MET_WITH',
    weight: 8,
    sources: PEOPLE,
    targets: PEOPLE,
    write: (s, t, r) => plain(`${lead(r)}${s} met with ${t} to discuss ${r.pick(words.TOPICS)}.`),
  },
  {
    type: 'REPLIED_TO',
    weight: 4,
    sources: PEOPLE,
    targets: PEOPLE,
    write: (s, t, r) => plain(`${s} replied to ${t} in a post on ${r.pick(words.WEEKDAYS)}.`),
  },
  {
    type: 'WORKS_FOR',
    weight: 10,
    sources: PEOPLE,
    targets: ORGANISATIONS,
    write: (s, t, r) => {
      const role = r.pick(words.ROLES);
      return { sentence: `${s}, ${role} at ${t}, declined to comment.`, statement: null, role };
    },
  },
  {
    type: 'LEADS',
    weight: 3,
    sources: PEOPLE,
    targets: ORGANISATIONS,
    write: (s, t) => ({ sentence: `${s} has led ${t} since the spring.`, statement: null, role: 'head' }),
  },
  {
    type: 'SUED',
    weight: 4,
    sources: ACTORS,
    targets: ORGANISATIONS,
    write: (s, t, r) => plain(`${lead(r)}${s} sued ${t} over ${r.pick(words.TOPICS)}.`),
  },
  {
    type: 'FUNDED',
    weight: 3,
    sources: ['Company', 'GovernmentBody', 'Group'],
    targets: [...ORGANISATIONS, ...WORKS],
    write: (s, t) => plain(`${t} received funding from ${s}, records show.`),
  },
  {
    type: 'PART_OF',
    weight: 2,
    sources: ORGANISATIONS,
    targets: ['Company', 'GovernmentBody'],
    write: (s, t) => plain(`${s} is part of ${t}.`),
  },
  {
    type: 'LOCATED_IN',
    weight: 4,
    sources: [...ORGANISATIONS, 'City'],
    targets: PLACES,
    write: (s, t) => plain(`${s} is based in ${t}.`),
  },
  {
    type: 'VISITED',
    weight: 4,
    sources: PEOPLE,
    targets: PLACES,
    write: (s, t, r) => plain(`${lead(r)}${s} visited ${t} for talks on ${r.pick(words.TOPICS)}.`),
  },
  {
    type: 'AIRED',
    weight: 3,
    sources: ['MediaOrganization'],
    targets: WORKS,
    write: (s, t) => plain(`${s} aired ${t} in its evening slot.`),
  },
  {
    type: 'PULLED',
    weight: 1,
    sources: ['MediaOrganization'],
    targets: WORKS,
    write: (s, t) => plain(`${s} pulled ${t} hours before it was due to air.`),
  },
  {
    type: 'PRODUCED',
    weight: 2,
    sources: ['MediaOrganization', 'Company'],
    targets: WORKS,
    write: (s, t) => plain(`${t} was produced by ${s}.`),
  },
  {
    type: 'SIGNED',
    weight: 2,
    sources: PEOPLE,
    targets: ['Law'],
    write: (s, t, r) => plain(`${s} signed the ${t} into law on ${r.pick(words.WEEKDAYS)}.`),
  },
  {
    type: 'POSTED_ON',
    weight: 3,
    sources: PEOPLE,
    targets: ['Platform'],
    write: (s, t) => plain(`${s} posted the remarks on ${t}.`),
  },
  {
    type: 'INVESTIGATED',
    weight: 4,
    sources: ['GovernmentBody', 'MediaOrganization'],
    targets: ACTORS,
    write: (s, t, r) => plain(`${s} opened an investigation into ${t} over ${r.pick(words.TOPICS)}.`),
  },
];

/** A second sentence an article may add about a relation, naming its source again. */
export function followUp(source: string, random: Random): string {
  return random.pick([
    `${source} repeated the point in an interview later that day.`,
    `${source} did not respond to a request for comment.`,
    `A spokesperson for ${source} confirmed the account.`,
  ]);
}
