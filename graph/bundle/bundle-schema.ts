import { z } from 'zod';
import { documentSchema, entitySchema, evidenceSchema, relationSchema } from '../model';

/**
 * The data-file format: one JSON "bundle" holds any number of documents and the entities and relations
 * read from them. Built on the model's schemas, so a bundle cannot hold what the store would refuse.
 *
 * Two flavours: the file the seed reads (offsets and mentions required) and the draft a curator writes
 * (evidence as `{ documentId, sentence }`, mentions left to `npm run data:annotate`).
 */

export const BUNDLE_FORMAT_VERSION = 1;

/**
 * Evidence as stored in a file. The model's own refinements (end - start === sentence.length) are left
 * out here on purpose: the loader checks the span against the document text itself, and reports the
 * precise field that is wrong (`start` or `sentence`) with a way to fix it.
 */
const fileEvidenceSchema = z.object(evidenceSchema.shape).strict();
const draftEvidenceSchema = fileEvidenceSchema.partial({ start: true, end: true });

/** A document whose text is either inline or in a file next to the bundle: exactly one of the two. */
const bundleDocumentSchema = documentSchema
  .omit({ text: true })
  .extend({
    text: documentSchema.shape.text.optional(),
    /** Path of a UTF-8 text file, relative to the bundle file. */
    textFile: z.string().min(1).optional(),
  })
  .superRefine((d, ctx) => {
    if ((d.text === undefined) === (d.textFile === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: d.text === undefined ? ['textFile'] : ['text'],
        message:
          'a document needs exactly one of "text" (inline) or "textFile" (a path relative to the bundle)',
      });
    }
  });
export type BundleDocument = z.infer<typeof bundleDocumentSchema>;

function bundleSchemaWith<E extends z.ZodType, M extends z.ZodType>(evidence: E, mentions: M) {
  return z
    .object({
      formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
      documents: z.array(bundleDocumentSchema),
      entities: z.array(entitySchema.extend({ mentions })),
      relations: z.array(
        relationSchema.extend({
          evidence: z.array(evidence).min(1, 'a relation needs at least one piece of evidence'),
        }),
      ),
    })
    .strict();
}

/** A bundle as the seed reads it: every evidence has its offsets, every entity its mentions. */
export const bundleSchema = bundleSchemaWith(fileEvidenceSchema, z.array(fileEvidenceSchema));
export type Bundle = z.infer<typeof bundleSchema>;

/** A bundle as a curator writes it: offsets and mentions may be missing; the annotator fills them in. */
export const draftBundleSchema = bundleSchemaWith(
  draftEvidenceSchema,
  z.array(draftEvidenceSchema).optional(),
);
export type DraftBundle = z.infer<typeof draftBundleSchema>;
export type DraftRelation = DraftBundle['relations'][number];
export type DraftEntity = DraftBundle['entities'][number];
