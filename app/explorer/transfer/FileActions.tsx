import './transfer.css';

interface FileActionsProps {
  /** Nothing to export while the canvas is empty. */
  canExport: boolean;
  onExport: () => void;
  /** Absent for anyone who may not change the graph: the Import button is then not shown. */
  onImport?: () => void;
}

/**
 * Export and Import, next to the graph's totals in the top bar: they move data in and out of the graph
 * as a whole, and the canvas bar has no room left for them on a 1280-pixel screen.
 */
export function FileActions({ canExport, onExport, onImport }: FileActionsProps) {
  return (
    <div className="file-actions" role="group" aria-label="Export and import">
      <button type="button" onClick={onExport} disabled={!canExport} aria-haspopup="dialog">
        Export…
      </button>
      {onImport !== undefined && (
        <button type="button" onClick={onImport} aria-haspopup="dialog">
          Import…
        </button>
      )}
    </div>
  );
}
