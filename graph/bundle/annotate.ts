import { InvalidDataError } from '../errors';
import type { Document, Evidence, Relation } from '../model';
import type { Sentence } from '../text/sentences';
import { containsTerm, locateSentence, splitSentences } from '../text/sentences';
import type { Bundle, BundleDocument, DraftBundle, DraftEntity, DraftRelation } from './bundle-schema';
import type { LoadedBundle } from './loaded-bundle';

/** A draft bundle as read from its file, with its documents' texts resolved. */
export interface DraftInput {
  file: string;
  bundle: DraftBundle;
  documents: Document[];
}

/**
 * Computes what a curator must never type by hand: evidence offsets and entity mentions. Public entry
 * point of `npm run data:annotate`; pure, so a test can prove the committed files are in sync with it.
 *
 * All drafts are annotated together: a relation in one bundle may quote a document of another, and an
 * entity's mentions cover every document loaded. Returns one annotated bundle per draft, in order, with
 * keys in a fixed order so the written files diff cleanly, ready for `checkBundles`.
 *
 * - Evidence: the quoted sentence is looked up among the document's sentences (exact match). Offsets that
 *   already point at an identical whole sentence are kept, so a curator can pick a later occurrence of a
 *   sentence that appears twice.
 * - Mentions: every sentence containing the entity's name or an alias (case-sensitive, whole words), plus
 *   the evidence sentences of the entity's relations (which covers "He added…" sentences).
 */
export function annotateBundles(drafts: readonly DraftInput[]): LoadedBundle[] {
  const sentencesOf = new Map<string, { document: Document; sentences: Sentence[] }>();
  for (const { documents } of drafts) {
    for (const document of documents) {
      if (!sentencesOf.has(document.id)) {
        sentencesOf.set(document.id, { document, sentences: splitSentences(document.text) });
      }
    }
  }

  const relationsPerDraft = drafts.map(({ file, bundle }) =>
    bundle.relations.map((relation, i) => ({
      ...relation,
      evidence: relation.evidence.map((evidence, j) =>
        locateEvidence(evidence, sentencesOf, file, `relations[${i}].evidence[${j}]`, relation.id),
      ),
    })),
  );
  const allRelations = relationsPerDraft.flat();
  const allSentences = [...sentencesOf.values()];

  return drafts.map(({ file, bundle, documents }, k) => ({
    file,
    documents,
    bundle: annotatedBundle(bundle, relationsPerDraft[k] ?? [], allSentences, allRelations),
  }));
}

function annotatedBundle(
  bundle: DraftBundle,
  relations: readonly Relation[],
  allSentences: readonly { document: Document; sentences: Sentence[] }[],
  allRelations: readonly Relation[],
): Bundle {
  return {
    formatVersion: bundle.formatVersion,
    documents: bundle.documents.map(canonicalDocument),
    entities: bundle.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      description: entity.description,
      mentions: mentionsOf(entity, allSentences, allRelations),
    })),
    relations: relations.map((relation) => ({
      id: relation.id,
      type: relation.type,
      source: relation.source,
      target: relation.target,
      statement: relation.statement,
      role: relation.role,
      evidence: relation.evidence,
    })),
  };
}

function locateEvidence(
  evidence: DraftRelation['evidence'][number],
  sentencesOf: ReadonlyMap<string, { document: Document; sentences: Sentence[] }>,
  file: string,
  at: string,
  relationId: string,
): Evidence {
  const entry = sentencesOf.get(evidence.documentId);
  if (entry === undefined) {
    throw new InvalidDataError(
      `${file}: ${at}.documentId: relation "${relationId}" quotes document "${evidence.documentId}", which no bundle being annotated defines.`,
      file,
      `${at}.documentId`,
    );
  }
  const kept = entry.sentences.find(
    (s) => s.start === evidence.start && s.end === evidence.end && s.text === evidence.sentence,
  );
  const found = kept ?? locateSentence(entry.sentences, evidence.sentence);
  if (found === undefined) {
    throw new InvalidDataError(
      `${file}: ${at}.sentence: relation "${relationId}" quotes a sentence that is not a whole sentence of document "${evidence.documentId}". Copy the sentence exactly from the text (curly quotes and apostrophes included).`,
      file,
      `${at}.sentence`,
    );
  }
  return { documentId: evidence.documentId, sentence: found.text, start: found.start, end: found.end };
}

function mentionsOf(
  entity: DraftEntity,
  documents: readonly { document: Document; sentences: Sentence[] }[],
  relations: readonly { source: string; target: string; evidence: Evidence[] }[],
): Evidence[] {
  const terms = [entity.name, ...entity.aliases];
  const found = new Map<string, Evidence>();
  const add = (e: Evidence) => found.set(`${e.documentId}\u0000${e.start}`, e);
  for (const { document, sentences } of documents) {
    for (const s of sentences) {
      if (terms.some((term) => containsTerm(s.text, term))) {
        add({ documentId: document.id, sentence: s.text, start: s.start, end: s.end });
      }
    }
  }
  for (const relation of relations) {
    if (relation.source === entity.id || relation.target === entity.id) relation.evidence.forEach(add);
  }
  return [...found.values()].sort((a, b) =>
    a.documentId === b.documentId ? a.start - b.start : a.documentId < b.documentId ? -1 : 1,
  );
}

/** Fixed key order; `text` and `textFile` stay whichever the curator chose. */
function canonicalDocument(d: BundleDocument): BundleDocument {
  return {
    id: d.id,
    title: d.title,
    source: d.source,
    publishedAt: d.publishedAt,
    ...(d.textFile !== undefined ? { textFile: d.textFile } : {}),
    ...(d.text !== undefined ? { text: d.text } : {}),
  };
}
