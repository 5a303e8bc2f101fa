'use client';

import { useRef, useState } from 'react';
import { TransferError, transferError } from './api-error';
import { isAbortError } from '@/app/lib/graphql-client';
import { uploadImport } from './import-upload';
import type { ImportOutcome, UploadProgress } from './import-upload';
import { ImportResult } from './ImportResult';
import { Modal } from '@/app/lib/Modal';
import './transfer.css';

interface ImportDialogProps {
  /** Called after files were imported (not after a dry run): the page refreshes what it shows. */
  onImported: () => void;
  /** Close the dialog and draw the overview again, which now includes what was imported. */
  onShowGraph: () => void;
  onClose: () => void;
}

/** Where the dialog stands: choosing files, sending them, or showing what came of it. */
type Step =
  | { kind: 'choosing' }
  | { kind: 'sending'; progress: UploadProgress | null }
  | { kind: 'done'; outcome: ImportOutcome; dryRun: boolean };

/** The file types the importer reads (its own exports included: `.cyjs` is Cytoscape JSON). */
const ACCEPT = '.json,.cyjs,.graphml,.gexf,.csv,.zip';

/**
 * Import: files in any format the importer reads, sent to POST /api/import with upload progress, then the
 * summary or the problems. An import is all or nothing on the server, so a refusal leaves the graph as it
 * was; "Check only" asks the server to check and count without writing.
 */
export function ImportDialog({ onImported, onShowGraph, onClose }: ImportDialogProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [dryRun, setDryRun] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choosing' });
  const upload = useRef<AbortController | null>(null);
  const sending = step.kind === 'sending';

  async function send() {
    const controller = new AbortController();
    upload.current = controller;
    setStep({ kind: 'sending', progress: null });
    try {
      const outcome = await uploadImport(files, {
        dryRun,
        signal: controller.signal,
        onProgress: (progress) => setStep({ kind: 'sending', progress }),
      });
      setStep({ kind: 'done', outcome, dryRun });
      if (outcome.kind === 'imported' && !outcome.dryRun) onImported();
    } catch (error) {
      // uploadImport resolves every answer and lost connection as an outcome; only a cancel rejects.
      if (isAbortError(error)) setStep({ kind: 'choosing' });
      else setStep({ kind: 'done', outcome: { kind: 'failed', error: toTransferError(error) }, dryRun });
    } finally {
      upload.current = null;
    }
  }

  const imported = step.kind === 'done' && step.outcome.kind === 'imported' && !step.outcome.dryRun;

  return (
    <Modal title="Import" onClose={onClose} busy={sending} testId="import-dialog">
      <form
        className="modal-body"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <p className="modal-intro">
          newsgraph JSON, Cytoscape JSON, GraphML, GEXF, or CSV (a zip, or <code>nodes.csv</code> and{' '}
          <code>edges.csv</code> together). Entities and relations merge by id; if any file has a problem,
          nothing is written.
        </p>
        <div className="field-group">
          <label className="field-label" htmlFor="import-files">
            Files
          </label>
          <input
            id="import-files"
            className="file-input"
            type="file"
            multiple
            accept={ACCEPT}
            disabled={sending}
            onChange={(event) => {
              setFiles([...(event.currentTarget.files ?? [])]);
              setStep({ kind: 'choosing' });
            }}
          />
          {files.length > 0 && (
            <ul className="file-list" aria-label="Chosen files">
              {files.map((file, i) => (
                <li key={`${i}:${file.name}`}>
                  <span className="file-name">{file.name}</span>{' '}
                  <span className="field-hint">{formatBytes(file.size)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={dryRun}
            disabled={sending}
            onChange={(event) => setDryRun(event.currentTarget.checked)}
          />
          <span>
            Check only <span className="field-hint">(validate and count; write nothing)</span>
          </span>
        </label>

        {step.kind === 'sending' && <Progress progress={step.progress} />}
        {step.kind === 'done' && <ImportResult outcome={step.outcome} />}

        <div className="modal-actions">
          {sending ? (
            <button type="button" className="button-quiet" onClick={() => upload.current?.abort()}>
              Cancel
            </button>
          ) : (
            <button type="button" className="button-quiet" onClick={onClose}>
              Close
            </button>
          )}
          {imported ? (
            <button type="button" className="button-primary" onClick={onShowGraph}>
              Show the graph
            </button>
          ) : (
            <button type="submit" className="button-primary" disabled={sending || files.length === 0}>
              {sending ? 'Importing…' : dryRun ? 'Check' : 'Import'}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}

/** A determinate bar while bytes go up, then an indeterminate one while the server works. */
function Progress({ progress }: { progress: UploadProgress | null }) {
  const uploading = progress?.phase === 'uploading';
  const label = uploading
    ? `Uploading… ${Math.round((100 * progress.loaded) / Math.max(progress.total, 1))}%`
    : progress === null
      ? 'Starting the upload…'
      : 'The server is checking and importing the files…';
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress
        aria-label={label}
        {...(uploading ? { value: progress.loaded, max: Math.max(progress.total, 1) } : {})}
      />
      <p className="field-hint" role="status">
        {label}
      </p>
    </div>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function toTransferError(error: unknown): TransferError {
  if (error instanceof TransferError) return error;
  return transferError('import the files', 'UNKNOWN', 0);
}
