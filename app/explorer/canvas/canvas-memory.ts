import type { Layouts } from 'cytoscape';
import type { CanvasGraph } from '@/app/lib/graph-data';
import type { LayoutName } from '@/app/explorer/layout/layouts';
import type { Position } from '@/app/explorer/layout/placement';

/** What the canvas remembers between renders: the last things it mirrored and the running layout. */
export interface CanvasMemory {
  running: Layouts | undefined;
  pendingFocus: string | undefined;
  graph: CanvasGraph | undefined;
  layout: LayoutName;
  restoreSeq: number;
  /** Where removed entities were, so hiding and showing one puts it back in its place. */
  lastKnown: Map<string, Position>;
  /** True while the page itself changes Cytoscape's selection, so that change is not reported back. */
  applyingSelection: boolean;
  /** The viewport of an instance being replaced (a renderer switch), for its successor. */
  viewport: { zoom: number; pan: Position } | undefined;
}
