import type { ImportCounts, ImportSummary } from '@/graph/import/types';
import { apiError, networkError, parseJson, transferError } from './api-error';
import type { TransferError } from './api-error';
import { isNumber, isRecord, isString, readArray } from './json-shape';

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

function readCounts(value: unknown): ImportCounts | null {
  if (!isRecord(value)) return null;
  const { created, updated, unchanged, rejected } = value;
  if (!isNumber(created) || !isNumber(updated) || !isNumber(unchanged) || !isNumber(rejected)) return null;
  return { created, updated, unchanged, rejected };
}

function readSummary(value: unknown): ImportSummary | null {
  if (!isRecord(value)) return null;
  const documents = readCounts(value.documents);
  const entities = readCounts(value.entities);
  const relations = readCounts(value.relations);
  if (documents === null || entities === null || relations === null) return null;
  return { documents, entities, relations };
}

/** `{ summary, dryRun? }`: what the route answers when the import was done (or checked). */
function readSuccess(body: unknown): { summary: ImportSummary; dryRun: boolean } | null {
  if (!isRecord(body)) return null;
  const summary = readSummary(body.summary);
  const { dryRun } = body;
  if (summary === null || (dryRun !== undefined && typeof dryRun !== 'boolean')) return null;
  return { summary, dryRun: dryRun ?? false };
}

function readProblem(value: unknown): ImportProblemView | null {
  if (!isRecord(value)) return null;
  const { file, path, message } = value;
  return isString(file) && isString(path) && isString(message) ? { file, path, message } : null;
}

/** `{ error: { code, message, problems, problemCount?, summary? } }`: files refused as a whole. */
function readRefusal(body: unknown): Omit<Extract<ImportOutcome, { kind: 'refused' }>, 'kind'> | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message, problems, problemCount, summary } = body.error;
  const problemList = readArray(problems, readProblem);
  if (!isString(code) || !isString(message) || problemList === null) return null;
  if (problemCount !== undefined && !isNumber(problemCount)) return null;
  const refusedSummary = summary === undefined ? null : readSummary(summary);
  if (summary !== undefined && refusedSummary === null) return null;
  return {
    message,
    problems: problemList,
    problemCount: problemCount ?? problemList.length,
    summary: refusedSummary,
  };
}

/** Public: what an answer of `/api/import` with `status` and body `text` means for the person importing. */
export function readImportAnswer(status: number, text: string): ImportOutcome {
  const body = parseJson(text);
  if (status >= 200 && status < 300) {
    const success = readSuccess(body);
    if (success !== null) return { kind: 'imported', ...success };
    return {
      kind: 'failed',
      error: transferError('import the files', 'BAD_RESPONSE', status),
    };
  }
  const refusal = readRefusal(body);
  if (refusal !== null && refusal.problems.length > 0) return { kind: 'refused', ...refusal };
  return { kind: 'failed', error: apiError('import the files', status, text) };
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
      resolve({ kind: 'failed', error: networkError('import the files') });
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
