import type { Integer } from 'neo4j-driver';
import type { NoParams, Params, Statement } from './cypher';
import { ENTITY_FIELDS, statement } from './cypher';

/**
 * The statements of the two searches (see graph/search/): Neo4j's full-text indexes (Lucene) find the
 * candidates, and the adapter ranks them with the rules the embedded store uses, so both stores answer
 * alike. `standard-folding` folds accents and case ("Bukéle" is "bukele"); the queries are built by
 * lucene-query.ts from our own escaped words, never from raw input.
 */

/** The index names, used by the statements below and by `db.awaitIndex`. */
const ENTITY_NAMES_INDEX = 'entity_names';
const DOCUMENT_TEXT_INDEX = 'document_text';

/** Names and aliases (a list of strings: each one is indexed). Created with the other schema. */
export const ENTITY_NAMES_FULLTEXT = statement<NoParams>(`
CREATE FULLTEXT INDEX ${ENTITY_NAMES_INDEX} IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.aliases]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }
`);

/**
 * A document's text, where the sentences live (evidence and mentions are spans of it): the index finds
 * the documents, and the adapter cuts out the sentences with our own splitter (graph/text/sentences.ts).
 */
export const DOCUMENT_TEXT_FULLTEXT = statement<NoParams>(`
CREATE FULLTEXT INDEX ${DOCUMENT_TEXT_INDEX} IF NOT EXISTS
FOR (d:Document) ON EACH [d.text]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }
`);

/** Waits (up to 300 s) until both indexes are online: one made over existing data fills in the background. */
export const AWAIT_SEARCH_INDEXES = statement<NoParams>(`
CALL db.awaitIndex('${ENTITY_NAMES_INDEX}', 300)
CALL db.awaitIndex('${DOCUMENT_TEXT_INDEX}', 300)
RETURN true AS online
`);

/**
 * The candidates for a name search: index hits of the allowed types, best index score first and then the
 * best connected (a prefix matches many names with one score), at most `$candidates` of them.
 */
export const SEARCH_ENTITIES = statement<{
  lucene: string;
  types: readonly string[] | null;
  candidates: Integer;
}>(`
CALL db.index.fulltext.queryNodes('${ENTITY_NAMES_INDEX}', $lucene) YIELD node AS e, score
WHERE $types IS NULL OR e.type IN $types
WITH e, score, COUNT { (e)--() } AS degree
ORDER BY score DESC, degree DESC, e.id
LIMIT $candidates
RETURN e { ${ENTITY_FIELDS}, degree: degree } AS entity
`);

/**
 * The documents whose text has every word: the newest `$candidates` (undated last, then by id), as the
 * embedded store reads them; ids and dates only. The adapter then fetches their texts a few at a time
 * (DOCUMENTS), newest first, and cuts them into sentences only until enough are found
 * (graph/search/sentence-match.ts): a common word is in a thousand articles, of which a handful are read.
 */
export const SEARCH_DOCUMENTS = statement<{ lucene: string; candidates: Integer }>(`
CALL db.index.fulltext.queryNodes('${DOCUMENT_TEXT_INDEX}', $lucene) YIELD node AS d
WITH d
ORDER BY d.publishedAt IS NULL, d.publishedAt DESC, d.id
LIMIT $candidates
RETURN d { .id, publishedAt: toString(d.publishedAt) } AS head
`);

export const SEARCH_STATEMENTS: ReadonlyArray<{ name: string; statement: Statement<Params> }> = [
  { name: 'ENTITY_NAMES_FULLTEXT', statement: ENTITY_NAMES_FULLTEXT },
  { name: 'DOCUMENT_TEXT_FULLTEXT', statement: DOCUMENT_TEXT_FULLTEXT },
  { name: 'AWAIT_SEARCH_INDEXES', statement: AWAIT_SEARCH_INDEXES },
  { name: 'SEARCH_ENTITIES', statement: SEARCH_ENTITIES },
  { name: 'SEARCH_DOCUMENTS', statement: SEARCH_DOCUMENTS },
];
