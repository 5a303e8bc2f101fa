import { z } from 'zod/mini';
import type { ImportSummary } from '@/graph/import/types';
import { TransferError, apiError, networkError, parseJson } from './api-error';

/**
 * Uploading files to `POST /api/import` for the explorer's Import dialog. XMLHttpRequest rather than
 * fetch because only XHR reports upload progress, which a large file needs for a determinate bar.
 */

/** Where an upload stands: bytes going up, then the server reading, checking and writing them. */
export type UploadProgress = { phase: 'uploading'; loaded: number; total: number } | { phase: 'processing' };

/** One thing wrong with the files, as the server names it: the file, the place in it, and what. */
export interface ImportProblemView {
  file: string;
  path: string;
  message: string;
}

/** What an import came to. Tagged so the dialog can switch on it. */
export type ImportOutcome =
  /** Done (or, with `dryRun`, checked and counted without writing). */
  | { kind: 'imported'; summary: ImportSummary; dryRun: boolean }
  /** The files were refused as a whole; nothing was written. */
  | {
      kind: 'refused';
      message: string;
      problems: ImportProblemView[];
      problemCount: number;
      summary: ImportSummary | null;
    }
  /** The request failed for another reason (too large, store down, no answer). */
  | { kind: 'failed'; error: TransferError };

/** The header the import route requires, so that another site's form cannot post into this graph. */
export const CSRF_HEADER = 'x-newsgraph-csrf';

const counts = z.object({
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
});
const summarySchema = z.object({ documents: counts, entities: counts, relations: counts });
const successBody = z.object({ summary: summarySchema, dryRun: z.optional(z.boolean()) });
const refusalBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    problems: z.array(z.object({ file: z.string(), path: z.string(), message: z.string() })),
    problemCount: z.optional(z.number()),
    summary: z.optional(summarySchema),
  }),
});

/** Public: what an answer of `/api/import` with `status` and body `text` means for the person importing. */
export function readImportAnswer(status: number, text: string): ImportOutcome {
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    const parsed = successBody.safeParse(body);
    if (parsed.success) {
      return { kind: 'imported', summary: parsed.data.summary, dryRun: parsed.data.dryRun ?? false };
    }
    return {
      kind: 'failed',
      error: new TransferError(
        `The server answered HTTP ${status} without an import summary.`,
        'BAD_RESPONSE',
        status,
      ),
    };
  }
  const refused = refusalBody.safeParse(body);
  if (refused.success && refused.data.error.problems.length > 0) {
    const { message, problems, problemCount, summary } = refused.data.error;
    return {
      kind: 'refused',
      message,
      problems,
      problemCount: problemCount ?? problems.length,
      summary: summary ?? null,
    };
  }
  return { kind: 'failed', error: apiError(status, text) };
}

export interface UploadOptions {
  /** Check and count only; write nothing. */
  dryRun: boolean;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Prefixed to the API path; the page's own origin by default. */
  baseUrl?: string;
}

/**
 * Public: uploads `files` as `file` fields of a multipart form and resolves with the outcome (never
 * rejects for an HTTP error or a lost connection: those are outcomes too). Rejects with an AbortError
 * when `signal` aborts.
 */
export function uploadImport(files: readonly File[], options: UploadOptions): Promise<ImportOutcome> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  if (options.dryRun) form.append('dryRun', '1');

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    if (options.signal?.aborted) {
      reject(new DOMException('The import was cancelled.', 'AbortError'));
      return;
    }
    options.signal?.addEventListener('abort', abort, { once: true });
    const settle = () => options.signal?.removeEventListener('abort', abort);

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        options.onProgress?.({ phase: 'uploading', loaded: event.loaded, total: event.total });
      }
    };
    // Every byte is up: what is left is the server's work, whose length the browser cannot know.
    xhr.upload.onload = () => options.onProgress?.({ phase: 'processing' });
    xhr.onload = () => {
      settle();
      resolve(readImportAnswer(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => {
      settle();
      resolve({ kind: 'failed', error: networkError('import') });
    };
    xhr.onabort = () => {
      settle();
      reject(new DOMException('The import was cancelled.', 'AbortError'));
    };

    xhr.open('POST', `${options.baseUrl ?? ''}/api/import`);
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.send(form);
  });
}

/** A one-line account of an import: "Created 2 entities and 1 relation; 1 document unchanged." */
export function describeImport(summary: ImportSummary, dryRun: boolean): string {
  const kinds = [
    ['document', 'documents', summary.documents],
    ['entity', 'entities', summary.entities],
    ['relation', 'relations', summary.relations],
  ] as const;
  const column = (key: 'created' | 'updated' | 'unchanged') =>
    kinds.filter(([, , c]) => c[key] > 0).map(([one, many, c]) => `${c[key]} ${c[key] === 1 ? one : many}`);
  const join = (parts: string[]) =>
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  const created = column('created');
  const updated = column('updated');
  const unchanged = column('unchanged');
  const sentences: string[] = [];
  if (created.length > 0) sentences.push(`${dryRun ? 'Would create' : 'Created'} ${join(created)}`);
  if (updated.length > 0) sentences.push(`${dryRun ? 'would update' : 'updated'} ${join(updated)}`);
  if (unchanged.length > 0) sentences.push(`${join(unchanged)} unchanged`);
  if (sentences.length === 0) return dryRun ? 'Nothing to import.' : 'Nothing was imported.';
  const text = sentences.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
