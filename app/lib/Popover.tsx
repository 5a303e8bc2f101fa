'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import './form-fields.css';
import './popover.css';

interface PopoverProps {
  /** The button's text. */
  label: string;
  /** The panel's accessible name. */
  title: string;
  testId?: string;
  /** A menu of commands: pressing one of its buttons closes it (a settings panel stays open). */
  closeOnAction?: boolean;
  children: ReactNode;
}

/**
 * A button that opens a small non-modal panel under it (the disclosure pattern): Escape or a click
 * elsewhere closes it and focus returns to the button.
 */
export function Popover({ label, title, testId, closeOnAction = false, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="popover" ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div
        id={panelId}
        className="popover-panel"
        role="group"
        aria-label={title}
        hidden={!open}
        data-testid={testId}
        onClick={(event) => {
          if (closeOnAction && event.target instanceof Element && event.target.closest('button') !== null) {
            setOpen(false);
          }
        }}
      >
        {open && children}
      </div>
    </div>
  );
}
