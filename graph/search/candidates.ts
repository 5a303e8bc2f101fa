/**
 * How many candidates a store's full-text index hands to our ranking. An index orders by its own score,
 * which is not our order (match quality, then degree), so it is asked for more than a page; Neo4j keeps
 * the best-connected among equal scores (a prefix gives many names one score). Past this many matches a
 * name search is a prefix of one or two letters, and the shown ten stay the best connected of them.
 */
export const NAME_CANDIDATES = 500;

/**
 * The documents a sentence search reads: the newest that hold every word (both stores), cut into
 * sentences until enough phrases are found (sentence-match.ts). A word found in more documents than this
 * is found in the newest of them.
 */
export const DOCUMENT_CANDIDATES = 1000;

/**
 * How many of those documents' texts Neo4j's sentence search fetches first (doubling for each further
 * batch): a common word has enough phrases in the newest few, and an article's text is the heavy part.
 */
export const FIRST_TEXT_BATCH = 8;
