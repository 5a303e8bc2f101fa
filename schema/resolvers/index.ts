import { Document } from './document';
import { Entity } from './entity';
import { Evidence } from './evidence';
import { Query } from './query';
import { Relation } from './relation';
import { Subgraph } from './subgraph';

/**
 * Every resolver of the API (public: used by schema/server.ts). Types not listed here (GraphStats,
 * TypeCount), Subgraph's fields but `missing`, and Document's stored fields are served by GraphQL's default resolvers straight
 * from the domain objects, whose property names match the schema's fields.
 */
export const resolvers = { Query, Entity, Relation, Evidence, Document, Subgraph };
