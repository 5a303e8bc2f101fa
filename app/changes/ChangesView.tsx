'use client';

import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';

/** One record as GET /api/changes answers it (only what this view shows). */
interface ChangeRow {
  id: string;
  at: string;
  actor: string;
  source: { kind: string; files?: string[]; draftId?: string; name?: string };
  items: { kind: string; id: string; action: string }[];
}

const FILTERS = ['actor', 'source', 'item', 'since', 'until'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

function queryOf(filters: Filters): string {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  return params.toString();
}

function sourceText(source: ChangeRow['source']): string {
  if (source.kind === 'import') return `import of ${(source.files ?? []).join(', ')}`;
  if (source.kind === 'article') return `article draft ${source.draftId ?? ''}`;
  return source.name ?? source.kind;
}

const PLURAL: Record<string, string> = { document: 'documents', entity: 'entities', relation: 'relations' };

/** "2 entities created, 1 relation created": counts by kind and action. */
function summary(items: ChangeRow['items']): string {
  const counts = new Map<string, { kind: string; action: string; n: number }>();
  for (const { kind, action } of items) {
    const key = `${kind} ${action}`;
    const entry = counts.get(key) ?? { kind, action, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .map(({ kind, action, n }) => `${n} ${n === 1 ? kind : (PLURAL[kind] ?? kind)} ${action}`)
    .join(', ');
}

/** The filters, the list (newest first) and the CSV link of the same selection. */
export function ChangesView() {
  const [filters, setFilters] = useState<Filters>({});
  const [rows, setRows] = useState<ChangeRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/changes?${queryOf(filters)}`, { signal: controller.signal, cache: 'no-store' })
      .then(async (response) => {
        const body = (await response.json()) as { changes?: ChangeRow[]; error?: { message: string } };
        if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
        setRows(body.changes ?? []);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof Error ? failure.message : String(failure));
      });
    return () => controller.abort();
  }, [filters]);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setFilters(Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? '')])));
  }

  return (
    <>
      <form className="changes-filters" onSubmit={apply}>
        <label>
          Person <input name="actor" placeholder="nora" />
        </label>
        <label>
          File or draft <input name="source" placeholder="wire.json" />
        </label>
        <label>
          Item id <input name="item" placeholder="rita-sol" />
        </label>
        <label>
          Since <input name="since" type="date" />
        </label>
        <label>
          Until <input name="until" type="date" />
        </label>
        <button type="submit">Filter</button>
        <a href={`/api/changes?${queryOf(filters)}&format=csv`} download data-testid="changes-csv">
          Download CSV
        </a>
      </form>
      {error !== null && (
        <p className="signin-error" role="alert">
          {error}
        </p>
      )}
      {rows !== null && rows.length === 0 && <p>No changes recorded yet.</p>}
      {rows !== null && rows.length > 0 && (
        <table className="changes-table" data-testid="changes-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">From</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{new Date(row.at).toLocaleString()}</td>
                <td>{row.actor}</td>
                <td>{sourceText(row.source)}</td>
                <td>{summary(row.items)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
