'use client';

import dynamic from 'next/dynamic';
import type { ImageOptions } from '@/app/explorer/canvas/canvas-image';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { Selection } from '@/app/explorer/details/DetailsPanel';
import type { DrawQuestion } from '@/app/explorer/expansion/use-draw-guard';

// Dialogs are not needed at first paint: they load when first opened, keeping the page's first JavaScript
// small.
const ExportDialog = dynamic(
  () => import('@/app/explorer/transfer/ExportDialog').then((m) => m.ExportDialog),
  { ssr: false },
);
const ImportDialog = dynamic(
  () => import('@/app/explorer/transfer/ImportDialog').then((m) => m.ImportDialog),
  { ssr: false },
);
const ShortcutsHelp = dynamic(
  () => import('@/app/explorer/shortcuts/ShortcutsHelp').then((m) => m.ShortcutsHelp),
  { ssr: false },
);
const DrawWarning = dynamic(() => import('@/app/explorer/expansion/DrawWarning').then((m) => m.DrawWarning), {
  ssr: false,
});

/** Which dialog is open, if any. */
export type OpenDialog = 'export' | 'import' | 'help' | null;

interface ExplorerDialogsProps {
  dialog: OpenDialog;
  onClose: () => void;
  /** What the export dialog exports: the canvas as drawn, or the selection. */
  graph: CanvasGraph;
  selection: Selection;
  drawImage: (options: Omit<ImageOptions, 'themeColor'>) => Promise<Blob>;
  /** An import wrote to the store. */
  onImported: () => void;
  /** The reader asked to see the graph after an import. */
  onShowGraph: () => void;
  /** The draw warning's open question, if any. */
  question: DrawQuestion | null;
  drawWarningThreshold: number;
}

/** The open dialog (export, import, shortcuts) and the draw warning, when it asks. */
export function ExplorerDialogs(props: ExplorerDialogsProps) {
  const { dialog, onClose, question } = props;
  return (
    <>
      {dialog === 'export' && (
        <ExportDialog
          graph={props.graph}
          selection={props.selection}
          drawImage={props.drawImage}
          onClose={onClose}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog onImported={props.onImported} onShowGraph={props.onShowGraph} onClose={onClose} />
      )}
      {dialog === 'help' && <ShortcutsHelp onClose={onClose} />}
      {question !== null && (
        <DrawWarning
          incoming={question.incoming}
          onCanvas={question.onCanvas}
          threshold={props.drawWarningThreshold}
          onDrawAll={() => question.answer('all')}
          onDrawFirst={(count) => question.answer(count)}
          onCancel={() => question.answer(null)}
        />
      )}
    </>
  );
}
