import { InvalidArgumentError } from './errors';

/**
 * Entity types are PascalCase and relation types UPPER_SNAKE_CASE. These patterns are the allowlist that
 * every label or relationship type must pass before it is interpolated into Cypher (Neo4j cannot take
 * them as parameters), and the same rule the data files are validated against.
 */
export const ENTITY_TYPE_PATTERN = /^[A-Z][A-Za-z0-9]{0,63}$/;
export const RELATION_TYPE_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** Ids are lowercase slugs: safe in URLs, in file names and in Cypher parameters alike. */
export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,126}[a-z0-9])?$/;

export function isEntityType(value: string): boolean {
  return ENTITY_TYPE_PATTERN.test(value);
}

export function isRelationType(value: string): boolean {
  return RELATION_TYPE_PATTERN.test(value) && value.length <= 64;
}

/** Throws unless `value` is a PascalCase entity type; returns it, so it can be used inline. */
export function assertEntityType(value: string, where: string): string {
  if (!isEntityType(value)) {
    throw new InvalidArgumentError(
      `${where}: entity type ${JSON.stringify(value)} is not a PascalCase name (letters and digits, starting with a capital).`,
    );
  }
  return value;
}

/** Throws unless `value` is an UPPER_SNAKE_CASE relation type; returns it, so it can be used inline. */
export function assertRelationType(value: string, where: string): string {
  if (!isRelationType(value)) {
    throw new InvalidArgumentError(
      `${where}: relation type ${JSON.stringify(value)} is not UPPER_SNAKE_CASE (capitals, digits and single underscores).`,
    );
  }
  return value;
}
