import type { ExportFormat } from '@/graph/export/types';
import { apiError, networkError, transferError } from './api-error';
import { GraphQLRequestError, gql, isAbortError } from '@/app/lib/graphql-client';
import { EXPORT_QUERY } from '@/app/lib/queries';
import type { ExportResultView } from '@/app/lib/queries';

/**
 * Fetching an export file for the explorer: `GET /api/export` (the same exporters as GraphQL and the CLI),
 * as a Blob so that a refusal (too large, an id gone) can be shown in the dialog instead of being saved
 * as a file holding an error.
 */

/**
 * The longest URL the explorer sends. Node's HTTP parser refuses request heads over 16 KiB; a canvas of
 * several hundred entities can pass that, and such exports go through GraphQL's POST instead.
 */
export const MAX_EXPORT_URL_LENGTH = 8000;

/** `/api/export?ids=a,b&depth=0&format=graphml`: exactly these entities and the relations among them. */
export function exportUrl(ids: readonly string[], format: ExportFormat): string {
  return `/api/export?ids=${ids.map(encodeURIComponent).join(',')}&depth=0&format=${format.toLowerCase()}`;
}

export interface ExportRequestOptions {
  signal?: AbortSignal;
  /** Prefixed to the API paths; the page's own origin by default. */
  baseUrl?: string;
}

/**
 * Public: the export file of `ids` in `format`. Throws TransferError with the server's code and a plain message
 * (TOO_LARGE, NOT_FOUND, ...), or NETWORK_ERROR; rethrows the AbortError when `signal` aborts.
 */
export async function requestExport(
  ids: readonly string[],
  format: ExportFormat,
  options: ExportRequestOptions = {},
): Promise<Blob> {
  const base = options.baseUrl ?? '';
  const url = exportUrl(ids, format);
  if (url.length > MAX_EXPORT_URL_LENGTH) return requestExportByGraphQL(ids, format, options);
  let response: Response;
  try {
    response = await fetch(base + url, { signal: options.signal });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw networkError('export');
  }
  if (!response.ok) throw apiError('export', response.status, await response.text());
  return response.blob();
}

async function requestExportByGraphQL(
  ids: readonly string[],
  format: ExportFormat,
  options: ExportRequestOptions,
): Promise<Blob> {
  try {
    const { exportSubgraph: file } = await gql<ExportResultView>(
      EXPORT_QUERY,
      { ids, format },
      { signal: options.signal, endpoint: `${options.baseUrl ?? ''}/api/graphql` },
    );
    return exportedBlob(file);
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      throw transferError('export', error.code, error.status ?? 0);
    }
    throw error;
  }
}

/** GraphQL's ExportResult as the bytes of the file: base64 content (the CSV zip) decoded, text as UTF-8. */
export function exportedBlob(file: ExportResultView['exportSubgraph']): Blob {
  if (file.encoding !== 'base64') return new Blob([file.content], { type: file.mimeType });
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mimeType });
}
