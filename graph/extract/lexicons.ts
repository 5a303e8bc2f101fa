import { z } from 'zod';
import descriptionsJson from './lexicons/descriptions.json';
import entityHeadsJson from './lexicons/entity-heads.json';
import groupsJson from './lexicons/groups.json';
import knownNamesJson from './lexicons/known-names.json';
import placesJson from './lexicons/places.json';
import relationVerbsJson from './lexicons/relation-verbs.json';
import stopwordsJson from './lexicons/stopwords.json';
import titlesJson from './lexicons/titles.json';
import { entityTypeSchema, relationTypeSchema } from '../model';

/**
 * The rules extractor's word lists, kept as JSON data files under `lexicons/` so a curator can extend them
 * without touching code. Parsed with zod when first imported: a typo in a file fails loudly, naming it.
 */

const typeList = z.union([z.literal('*'), z.array(entityTypeSchema).min(1)]);

const relationVerbsSchema = z.object({
  rules: z.array(
    z
      .object({
        lemmas: z.array(z.string().min(1)).min(1),
        type: relationTypeSchema,
        source: typeList,
        target: typeList,
        speech: z.boolean().optional(),
        confidence: z.number().min(0).max(1),
      })
      .strict(),
  ),
});
export type VerbRule = z.infer<typeof relationVerbsSchema>['rules'][number];

const titlesSchema = z.object({
  titles: z.array(
    z.object({
      words: z.string().min(1),
      relation: z.enum(['LEADS', 'WORKS_FOR', 'HELD_OFFICE', 'FOUNDED']),
    }),
  ),
  modifiers: z.array(z.string().min(1)),
  unnamedPeople: z.array(z.string().min(1)),
});
export type TitleRule = z.infer<typeof titlesSchema>['titles'][number];

const entityHeadsSchema = z.object({
  heads: z.record(entityTypeSchema, z.array(z.string().min(1))),
  lowercaseHeads: z.record(z.string().min(1), entityTypeSchema),
  typingHeads: z.record(z.string().min(1), entityTypeSchema),
});

const descriptionsSchema = z.object({ nouns: z.record(z.string().min(1), z.array(entityTypeSchema).min(1)) });

const groupsSchema = z.object({
  quantifiers: z.array(z.string().min(1)),
  numbers: z.array(z.string().min(1)),
  nouns: z.array(z.string().min(1)),
  collectives: z.array(z.string().min(1)),
});

const placesSchema = z.object({
  countries: z.record(z.string().min(1), z.array(z.string().min(1))),
  locatives: z.array(z.string().min(1)),
});

const knownNamesSchema = z.object({ names: z.record(z.string().min(1), entityTypeSchema) });

const stopwordsSchema = z.object({ words: z.array(z.string().min(1)) });

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Error(`graph/extract/lexicons/${file}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export interface Lexicons {
  verbRules: readonly VerbRule[];
  /** Verb lemma → the rules it may trigger, in file order. */
  verbsByLemma: ReadonlyMap<string, readonly VerbRule[]>;
  /** Titles, longest first, each split into lower-case words. */
  titles: readonly (TitleRule & { tokens: readonly string[] })[];
  titleModifiers: ReadonlySet<string>;
  /** Roles standing for a person the article does not name ("a federal judge"), split into words, longest first. */
  unnamedPeople: readonly (readonly string[])[];
  /** Names typed by the list, not by their words ("BBC", "X"). */
  knownNames: ReadonlyMap<string, string>;
  /** Head phrase (lower case, split into words) → type, longest first. */
  heads: readonly { tokens: readonly string[]; type: string }[];
  lowercaseHeads: ReadonlyMap<string, string>;
  /** Lower-case words after a name that type it without joining it ("… gang"). */
  typingHeads: ReadonlyMap<string, string>;
  descriptions: ReadonlyMap<string, readonly string[]>;
  groups: z.infer<typeof groupsSchema>;
  /** Any name or alias of a country (as written) → the country's name. */
  countries: ReadonlyMap<string, string>;
  stopwords: ReadonlySet<string>;
}

const words = (s: string) => s.toLowerCase().split(/[\s-]+/);
const longestFirst = <T extends { tokens: readonly string[] }>(a: T, b: T) =>
  b.tokens.length - a.tokens.length;

function build(): Lexicons {
  const verbs = parse(relationVerbsSchema, relationVerbsJson, 'relation-verbs.json');
  const titles = parse(titlesSchema, titlesJson, 'titles.json');
  const heads = parse(entityHeadsSchema, entityHeadsJson, 'entity-heads.json');
  const descriptions = parse(descriptionsSchema, descriptionsJson, 'descriptions.json');
  const places = parse(placesSchema, placesJson, 'places.json');
  const stopwords = parse(stopwordsSchema, stopwordsJson, 'stopwords.json');

  const verbsByLemma = new Map<string, VerbRule[]>();
  for (const rule of verbs.rules) {
    for (const lemma of rule.lemmas) verbsByLemma.set(lemma, [...(verbsByLemma.get(lemma) ?? []), rule]);
  }
  const countries = new Map<string, string>();
  for (const [name, aliases] of Object.entries(places.countries)) {
    countries.set(name, name);
    for (const alias of aliases) countries.set(alias, name);
  }
  return {
    verbRules: verbs.rules,
    verbsByLemma,
    titles: titles.titles.map((t) => ({ ...t, tokens: words(t.words) })).sort(longestFirst),
    titleModifiers: new Set(titles.modifiers),
    unnamedPeople: titles.unnamedPeople.map(words).sort((a, b) => b.length - a.length),
    knownNames: new Map(Object.entries(parse(knownNamesSchema, knownNamesJson, 'known-names.json').names)),
    heads: Object.entries(heads.heads)
      .flatMap(([type, list]) => list.map((h) => ({ tokens: words(h), type })))
      .sort(longestFirst),
    lowercaseHeads: new Map(Object.entries(heads.lowercaseHeads)),
    typingHeads: new Map(Object.entries(heads.typingHeads)),
    descriptions: new Map(Object.entries(descriptions.nouns)),
    groups: parse(groupsSchema, groupsJson, 'groups.json'),
    countries,
    stopwords: new Set(stopwords.words.map((w) => w.toLowerCase())),
  };
}

let cached: Lexicons | undefined;

/** The lexicons, parsed once. */
export function lexicons(): Lexicons {
  cached ??= build();
  return cached;
}
