import { describeImport } from './import-upload';
import type { ImportOutcome, ImportProblemView } from './import-upload';
import type { ImportSummary } from '@/graph/import/types';

const KINDS = [
  ['documents', 'Documents'],
  ['entities', 'Entities'],
  ['relations', 'Relations'],
] as const;
const COLUMNS = ['created', 'updated', 'unchanged', 'rejected'] as const;

/** What an import came to: the summary table, the problems that stopped it, or why the request failed. */
export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  switch (outcome.kind) {
    case 'imported':
      return (
        <section className="import-result" data-testid="import-summary" aria-labelledby="import-result-title">
          <p id="import-result-title" className="import-result-title" role="status">
            {outcome.dryRun ? 'Checked, nothing written. ' : 'Imported. '}
            {describeImport(outcome.summary, outcome.dryRun)}
          </p>
          <SummaryTable summary={outcome.summary} dryRun={outcome.dryRun} />
        </section>
      );
    case 'refused':
      return (
        <section
          className="import-result"
          data-testid="import-problems"
          aria-labelledby="import-result-title"
        >
          <p id="import-result-title" className="import-result-title modal-error" role="alert">
            Nothing was imported: the files have{' '}
            {outcome.problemCount === 1 ? 'a problem' : `${outcome.problemCount} problems`}.
          </p>
          <ProblemList problems={outcome.problems} more={outcome.problemCount - outcome.problems.length} />
        </section>
      );
    case 'failed':
      return (
        <p
          className="modal-message modal-error"
          role="alert"
          data-testid="import-error"
          data-code={outcome.error.code}
        >
          {outcome.error.message}
        </p>
      );
  }
}

/** Created, updated, unchanged and rejected, per kind of item. */
function SummaryTable({ summary, dryRun }: { summary: ImportSummary; dryRun: boolean }) {
  return (
    <table className="summary-table">
      <caption className="visually-hidden">
        {dryRun ? 'What the import would do' : 'What the import did'}, per kind of item
      </caption>
      <thead>
        <tr>
          <td />
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {KINDS.map(([kind, label]) => (
          <tr key={kind}>
            <th scope="row">{label}</th>
            {COLUMNS.map((column) => (
              <td key={column} data-testid={`summary-${kind}-${column}`}>
                {summary[kind][column]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each problem as "file · place: what is wrong", in the order the server found them. */
function ProblemList({ problems, more }: { problems: readonly ImportProblemView[]; more: number }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, i) => (
        <li key={i} className="problem" data-testid="import-problem">
          <span className="problem-where">
            <span className="problem-file">{problem.file}</span>
            {problem.path !== '' && <code className="problem-path">{problem.path}</code>}
          </span>
          <span className="problem-message">{problem.message}</span>
        </li>
      ))}
      {more > 0 && <li className="problem problem-more">… and {more} more.</li>}
    </ul>
  );
}
