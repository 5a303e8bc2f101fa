import { Entity } from './entity';
import { Evidence } from './evidence';
import { Query } from './query';
import { Relation } from './relation';

/**
 * Every resolver of the API (public: used by schema/server.ts). Types not listed here (Document,
 * Subgraph, GraphStats, TypeCount) are served by GraphQL's default resolvers straight from the domain
 * objects, whose property names match the schema's fields.
 */
export const resolvers = { Query, Entity, Relation, Evidence };
