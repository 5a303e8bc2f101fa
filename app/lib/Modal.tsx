'use client';

import { useEffect, useEffectEvent, useRef } from 'react';
import type { ReactNode } from 'react';
import './form-fields.css';
import './modal.css';

interface ModalProps {
  /** The dialog's heading, which also names it for assistive technology. */
  title: string;
  /** Called when the reader asks to close it (Escape, the ✕ button); the parent then unmounts it. */
  onClose: () => void;
  /** While true, Escape and the ✕ button do nothing (an upload the reader must not lose by accident). */
  busy?: boolean;
  testId?: string;
  children: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element, opened with `showModal()`: the browser makes the rest of
 * the page inert, keeps Tab inside, and announces it as a dialog named by its heading. Mount it to open it,
 * unmount it to close it; focus goes back to whatever had it before (the button that opened it).
 */
export function Modal({ title, onClose, busy = false, testId, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `${testId ?? 'modal'}-title`;
  const requestClose = useEffectEvent(() => {
    if (!busy) onClose();
  });

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    // Escape fires `cancel`; the parent decides (by unmounting) rather than the browser closing it under React.
    const onCancel = (event: Event) => {
      event.preventDefault();
      requestClose();
    };
    element.addEventListener('cancel', onCancel);
    return () => {
      element.removeEventListener('cancel', onCancel);
      element.close();
      // The browser restores focus on close only while the dialog is still in the document; React may have
      // removed it already, so the opener is focused explicitly.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} data-testid={testId}>
      <header className="modal-header">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        <button
          type="button"
          className="modal-close"
          onClick={onClose}
          disabled={busy}
          aria-label={`Close ${title.toLowerCase()}`}
        >
          ✕
        </button>
      </header>
      {children}
    </dialog>
  );
}
