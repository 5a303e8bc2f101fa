'use client';

import { useState } from 'react';
import { TransferError } from './api-error';
import type { ImageOptions } from '@/app/explorer/canvas/canvas-image';
import type { PictureFrame } from '@/app/explorer/canvas/canvas-image-frame';
import { pictureLegend } from '@/app/explorer/canvas/canvas-image-legend';
import { fetchSourceLine } from '@/app/explorer/canvas/canvas-image-sources';
import { explainFailure } from '@/app/lib/failure-messages';
import { GraphQLRequestError } from '@/app/lib/graphql-client';
import { saveBlob } from './download';
import {
  DATA_CHOICES,
  IMAGE_CHOICES,
  choiceExtension,
  exportFilename,
  isImageChoice,
} from './export-choices';
import type { ExportChoice } from './export-choices';
import { PictureFields } from './PictureFields';
import {
  readPictureOptions,
  readPictureTitle,
  writePictureOptions,
  writePictureTitle,
} from './picture-options';
import type { PictureOptions } from './picture-options';
import { requestExport } from './export-request';
import { scopeIds, scopeLabel } from './export-scope';
import type { ExportScope, SelectionForExport } from './export-scope';
import type { CanvasGraph } from '@/app/lib/graph-data';
import { LIMITS } from '@/graph/limits';
import { FormatList, Radio } from './ChoiceRadios';
import { Modal } from '@/app/lib/Modal';

interface ExportDialogProps {
  graph: CanvasGraph;
  selection: SelectionForExport;
  /** Draws the canvas into a picture (GraphCanvasHandle.image). */
  drawImage: (options: Omit<ImageOptions, 'themeColor'>) => Promise<Blob>;
  onClose: () => void;
}

/** Where the last export stands. */
type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'saved'; filename: string }
  | { kind: 'failed'; message: string };

/**
 * Export: the canvas or the selection as a data file (fetched from /api/export, so refusals show here
 * rather than as a saved file holding an error), or the drawing as a PNG or SVG made in the browser, with
 * a title, a legend and a source line around it when asked (PictureFields).
 */
export function ExportDialog({ graph, selection, drawImage, onClose }: ExportDialogProps) {
  const hasSelection = selection.kind !== 'none';
  const [scope, setScope] = useState<ExportScope>(hasSelection ? 'selection' : 'canvas');
  const [format, setFormat] = useState<ExportChoice>('JSON');
  // The dialog only ever renders in the browser (ExplorerDialogs loads it with ssr: false), so storage can
  // be read for the first render.
  const [picture, setPicture] = useState<PictureOptions>(() => readPictureOptions(window.localStorage));
  const [title, setTitle] = useState(() => readPictureTitle(window.sessionStorage));
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const image = isImageChoice(format);
  const ids = scopeIds(graph, scope, selection);

  async function runExport() {
    setStatus({ kind: 'working' });
    const filename = exportFilename(image ? 'canvas' : scopeLabel(scope, selection), choiceExtension(format));
    try {
      let blob: Blob;
      if (isImageChoice(format)) {
        blob = await drawImage({
          format,
          scale: picture.scale,
          background: picture.background,
          frame: await pictureFrame(graph, picture, title),
        });
      } else {
        if (ids.length > LIMITS.maxIds) {
          throw new TransferError(
            `The canvas holds ${ids.length} entities; one export takes at most ${LIMITS.maxIds}. Export the selection, or the whole graph with npm run export -- --all.`,
            'BAD_USER_INPUT',
            0,
          );
        }
        blob = await requestExport(ids, format);
      }
      saveBlob(blob, filename);
      setStatus({ kind: 'saved', filename });
    } catch (error) {
      setStatus({ kind: 'failed', message: failureMessage(error) });
    }
  }

  return (
    <Modal title="Export" onClose={onClose} testId="export-dialog">
      <form
        className="modal-body"
        onSubmit={(event) => {
          event.preventDefault();
          void runExport();
        }}
      >
        <fieldset className="field-group" disabled={image}>
          <legend>What</legend>
          <Radio name="scope" value="canvas" checked={scope === 'canvas'} onChange={() => setScope('canvas')}>
            Everything on the canvas{' '}
            <span className="field-hint">
              ({graph.nodes.size} {graph.nodes.size === 1 ? 'entity' : 'entities'})
            </span>
          </Radio>
          <Radio
            name="scope"
            value="selection"
            checked={scope === 'selection'}
            disabled={!hasSelection}
            onChange={() => setScope('selection')}
          >
            The selection{' '}
            <span className="field-hint">
              ({hasSelection ? describeSelection(graph, selection) : 'none'})
            </span>
          </Radio>
          {image && <p className="field-note">A picture shows the whole drawing, as it looks now.</p>}
        </fieldset>

        <fieldset className="field-group">
          <legend>Format</legend>
          <div className="format-columns">
            <FormatList title="Data" choices={DATA_CHOICES} value={format} onChange={setFormat} />
            <FormatList title="Picture" choices={IMAGE_CHOICES} value={format} onChange={setFormat} />
          </div>
        </fieldset>

        {image && (
          <PictureFields
            options={picture}
            onOptionsChange={(options) => {
              setPicture(options);
              writePictureOptions(window.localStorage, options);
            }}
            title={title}
            onTitleChange={(next) => {
              setTitle(next);
              writePictureTitle(window.sessionStorage, next);
            }}
          />
        )}

        <ExportMessage status={status} />

        <div className="modal-actions">
          <button type="button" className="button-quiet" onClick={onClose}>
            Close
          </button>
          <button
            type="submit"
            className="button-primary"
            disabled={status.kind === 'working' || (!image && ids.length === 0)}
          >
            {status.kind === 'working' ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** A live region that is always there (so screen readers hear it change), and an alert for a failure. */
function ExportMessage({ status }: { status: ExportStatus }) {
  return (
    <div className="modal-messages">
      <p className="modal-message" role="status" data-testid="export-status">
        {status.kind === 'working' && 'Preparing the file…'}
        {status.kind === 'saved' && (
          <>
            Saved <strong>{status.filename}</strong>.
          </>
        )}
      </p>
      {status.kind === 'failed' && (
        <p className="modal-message modal-error" role="alert" data-testid="export-error">
          {status.message}
        </p>
      )}
    </div>
  );
}

function describeSelection(graph: CanvasGraph, selection: SelectionForExport): string {
  switch (selection.kind) {
    case 'none':
      return 'none';
    case 'node':
      return graph.nodes.get(selection.id)?.name ?? selection.id;
    case 'edge': {
      const { source, target } = selection.relation;
      return `${source.name} and ${target.name}`;
    }
  }
}

/** What frames the drawing: the title typed, and the legend and source line of what is drawn, if asked. */
async function pictureFrame(
  graph: CanvasGraph,
  options: PictureOptions,
  title: string,
): Promise<PictureFrame> {
  return {
    title: title.trim(),
    legend: options.legend ? pictureLegend(graph) : [],
    sources: options.sources ? await fetchSourceLine(graph) : '',
  };
}

function failureMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const { title, detail } = explainFailure('look up the articles for the source line', error);
    return `${title} ${detail}`;
  }
  return error instanceof Error ? error.message : String(error);
}
