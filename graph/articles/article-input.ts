import { z } from 'zod';

/** The file types an article may be uploaded as, by extension. */
const ARTICLE_FILE_KINDS = ['txt', 'md', 'html'] as const;
export type ArticleFileKind = (typeof ARTICLE_FILE_KINDS)[number];

/** What the form's fields may hold: zod at the boundary, before anything is read or extracted. */
export const articleFieldsSchema = z
  .object({
    title: z.string().trim().max(300, 'the title is over 300 characters').optional(),
    source: z
      .url({
        protocol: /^https?$/,
        message: 'the source must be a web address starting with http:// or https://',
      })
      .max(2000)
      .optional(),
    publishedAt: z.iso.date('the publication date must be a date like 2026-03-18').optional(),
  })
  .strict();
type ArticleFields = z.infer<typeof articleFieldsSchema>;

/** An article as it arrives: pasted text or an uploaded file, and its fields. */
export interface ArticleInput extends ArticleFields {
  /** Pasted text, or the upload's bytes with its file name. */
  body: { kind: 'pasted'; text: string } | { kind: 'file'; name: string; bytes: Uint8Array };
}

export function fileKindOf(name: string): ArticleFileKind | undefined {
  const ext = name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'htm') return 'html';
  if (ext === 'markdown') return 'md';
  return ARTICLE_FILE_KINDS.find((kind) => kind === ext);
}
