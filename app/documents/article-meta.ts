/**
 * How an article's date and source are shown, on the document view and under evidence in the explorer.
 * Dates are ISO days (YYYY-MM-DD) and shown in UTC, so the server and every browser print the same day.
 */

/** "14 Mar 2024" for "2024-03-14"; anything unparsable as written. */
export function formatPublishedAt(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A URL shown as its host ("www.example.com"); any other source as written. */
export function sourceLabel(source: string): string {
  return webAddress(source)?.host ?? source;
}

/**
 * The source as a link target, only when it is an http(s) URL: a source is data from an import, and a
 * `javascript:` or `data:` address must never become a link.
 */
export function sourceHref(source: string): string | null {
  return webAddress(source)?.href ?? null;
}

function webAddress(source: string): URL | null {
  try {
    const url = new URL(source);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
