'use client';

import { useEffect, useRef } from 'react';
import { roomUnderThreshold } from '@/app/explorer/canvas/canvas-performance';
import { Modal } from '@/app/lib/Modal';
import './draw-warning.css';

interface DrawWarningProps {
  /** Entities the change would add to the canvas. */
  incoming: number;
  /** Entities on the canvas now (0 when the change replaces the canvas). */
  onCanvas: number;
  /** The reader's setting: ask before the canvas holds more entities than this. */
  threshold: number;
  onDrawAll(): void;
  /** Draw only the first `count` of the incoming entities (the room left under the threshold). */
  onDrawFirst(count: number): void;
  onCancel(): void;
}

/**
 * Public: asks before a change would bring the canvas past the reader's threshold, says what a big
 * drawing costs, and offers to draw everything, only as much as fits under the threshold, or nothing.
 * Escape and the ✕ button cancel. Focus starts on the partial draw (the choice that keeps the canvas
 * usable), or on Cancel when nothing fits.
 */
export function DrawWarning({
  incoming,
  onCanvas,
  threshold,
  onDrawAll,
  onDrawFirst,
  onCancel,
}: DrawWarningProps) {
  const room = roomUnderThreshold(onCanvas, incoming, threshold);
  const total = onCanvas + incoming;
  const safeChoice = useRef<HTMLButtonElement>(null);

  // Runs after the Modal (a child) has called showModal(), which focuses the first button it finds.
  useEffect(() => safeChoice.current?.focus(), []);

  return (
    <Modal title={`Draw ${count(incoming, 'entity', 'entities')}?`} onClose={onCancel} testId="draw-warning">
      <div className="modal-body">
        <p className="draw-warning-lead">
          {onCanvas > 0 ? (
            <>
              The canvas holds {count(onCanvas, 'entity', 'entities')}; this would bring it to{' '}
              <strong>{total.toLocaleString('en')}</strong>, past the {threshold.toLocaleString('en')} you set
              as the limit.
            </>
          ) : (
            <>
              That is more than the {threshold.toLocaleString('en')} entities you set as the limit for one
              drawing.
            </>
          )}
        </p>
        <ul className="draw-warning-costs">
          <li>Laying out thousands of entities takes seconds, during which the page does not respond.</li>
          <li>
            Panning and zooming get slower and relation labels show only when you zoom in; a very big drawing
            may switch to the WebGL renderer, which is faster but draws every line solid.
          </li>
          <li>
            Names overlap until you zoom in, so a big drawing is read by searching and filtering, not by eye.
          </li>
        </ul>
        <p className="field-note">
          You can change the limit in the settings, and Undo takes back what you draw.
        </p>
        <div className="modal-actions draw-warning-actions">
          <button
            type="button"
            className="button-quiet"
            onClick={onCancel}
            ref={room === 0 ? safeChoice : null}
          >
            Cancel
          </button>
          {room > 0 && room < incoming && (
            <button type="button" className="button-quiet" onClick={() => onDrawFirst(room)} ref={safeChoice}>
              Draw the first {room.toLocaleString('en')}
            </button>
          )}
          <button type="button" className="button-primary" onClick={onDrawAll}>
            Draw all {incoming.toLocaleString('en')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
