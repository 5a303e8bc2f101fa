import type { KnownEntity, LinkSuggestion } from './draft';
import { exactForm, normalisedForm, surnameOf } from './normalise-name';

/** What linking decided for one proposed entity. */
export interface LinkResult {
  /** The entity of the graph it is, when the match is strong enough to reuse its id. */
  match?: KnownEntity;
  /** How it matched, for the reviewer. */
  via?: 'exact' | 'normalised' | 'surname';
  /** Weaker matches: shown as "same as …?", never merged by themselves. */
  suggestions: LinkSuggestion[];
}

export interface ProposedNames {
  name: string;
  type: string;
  aliases: readonly string[];
  /** The type came from the name's shape alone: an exact match of another type may then correct it. */
  typeIsGuess?: boolean;
}

type Index = Map<string, KnownEntity[]>;

const MAX_SUGGESTIONS = 3;

function add(index: Index, key: string, entity: KnownEntity): void {
  if (key === '') return;
  const list = index.get(key) ?? [];
  if (!list.includes(entity)) list.push(entity);
  index.set(key, list);
}

/**
 * Links proposed entities to what the graph already holds. Strong matches reuse the graph's id: the exact
 * name or an alias first, then normalised forms (titles stripped, possessives, "US"/"U.S."/"United
 * States"), then a surname alone when exactly one person of the graph has it. Every strong match must
 * agree on the type. Anything weaker (the same name under another type, two people with the surname, one
 * name inside the other) is only a suggestion. Two people who share a surname but not a first name stay two.
 */
export class EntityLinker {
  private readonly exact: Index = new Map();
  private readonly normalised: Index = new Map();
  private readonly surnames: Index = new Map();

  constructor(private readonly known: readonly KnownEntity[]) {
    for (const entity of known) {
      for (const name of [entity.name, ...entity.aliases]) {
        add(this.exact, exactForm(name), entity);
        add(this.normalised, normalisedForm(name), entity);
      }
      if (entity.type === 'Person') add(this.surnames, surnameOf(entity.name), entity);
    }
  }

  link(proposed: ProposedNames): LinkResult {
    const names = namesToMatch(proposed);
    const suggestions = new Map<string, LinkSuggestion>();
    const suggest = (entity: KnownEntity, reason: string) => {
      if (!suggestions.has(entity.id)) {
        suggestions.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, reason });
      }
    };

    for (const [via, index, form] of [
      ['exact', this.exact, exactForm],
      ['normalised', this.normalised, normalisedForm],
    ] as const) {
      const found = unique(names.flatMap((n) => index.get(form(n)) ?? []));
      const sameType = found.filter((e) => e.type === proposed.type);
      if (sameType.length === 1) return { match: sameType[0], via, suggestions: [] };
      if (via === 'exact' && sameType.length === 0 && found.length === 1 && proposed.typeIsGuess === true) {
        return { match: found[0], via, suggestions: [] };
      }
      for (const e of sameType) suggest(e, 'same name, several entities of the graph have it');
      for (const e of found.filter((e) => e.type !== proposed.type)) suggest(e, `same name, but a ${e.type}`);
    }

    if (proposed.type === 'Person') {
      const words = normalisedForm(proposed.name).split(' ');
      const people = this.surnames.get(words.at(-1) ?? '') ?? [];
      if (words.length === 1) {
        if (people.length === 1 && suggestions.size === 0)
          return { match: people[0], via: 'surname', suggestions: [] };
        for (const p of people) suggest(p, 'same surname');
      }
    }

    const words = new Set(normalisedForm(proposed.name).split(' '));
    for (const entity of this.known) {
      if (suggestions.has(entity.id) || entity.type === 'Person' || proposed.type === 'Person') continue;
      const theirs = normalisedForm(entity.name).split(' ');
      const contains = theirs.every((w) => words.has(w)) || [...words].every((w) => theirs.includes(w));
      if (contains && words.size > 0) suggest(entity, 'one name contains the other');
    }
    return { suggestions: [...suggestions.values()].slice(0, MAX_SUGGESTIONS) };
  }
}

/**
 * The names a proposal is matched by. A person proposed under a full name ("Luis Ortega") is not matched
 * by a surname it also goes by ("Ortega"): that alias would equal the surname alias of another person of
 * the graph ("Ana Ortega"), and two people with one surname must stay two. A proposal that is a surname
 * alone goes through the surname rule below instead.
 */
function namesToMatch(proposed: ProposedNames): string[] {
  const names = [proposed.name, ...proposed.aliases];
  const oneWord = (name: string) => !normalisedForm(name).includes(' ');
  if (proposed.type !== 'Person' || oneWord(proposed.name)) return names;
  return names.filter((name) => !oneWord(name));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
