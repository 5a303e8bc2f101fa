import { CSRF_HEADER } from '../import-request';
import { jsonError } from '../export-response';

/**
 * The one check every write of the article workflow passes (adding an article, saving a review,
 * accepting or discarding a draft). Today it is the CSRF header the import requires; once editors and
 * sessions land (`app/server/auth/`), this is the one place that asks for a signed-in editor instead.
 * Returns the answer to refuse with, or null to go on.
 */
export function requireEditor(request: Request, where: string): Response | null {
  if ((request.headers.get(CSRF_HEADER) ?? '').trim() === '') {
    return jsonError(
      'FORBIDDEN',
      `${where}: add the header "${CSRF_HEADER}: 1". It keeps other sites' forms from writing to this graph.`,
    );
  }
  return null;
}
