/**
 * How many candidates a store's full-text index hands to our ranking. An index orders by its own score,
 * which is not our order (match quality, then degree), so it is asked for more than a page; Neo4j keeps
 * the best-connected among equal scores (a prefix gives many names one score). Past this many matches a
 * name search is a prefix of one or two letters, and the shown ten stay the best connected of them.
 */
export const NAME_CANDIDATES = 500;

/** The documents a sentence search reads (Neo4j; the embedded index holds sentences, see SENTENCE_CANDIDATES). */
export const DOCUMENT_CANDIDATES = 200;

/** The sentences the embedded index hands to our ranking. */
export const SENTENCE_CANDIDATES = 2000;
