'use client';

import { useEffect, useRef } from 'react';
import type { FocusEvent, KeyboardEvent, ReactNode } from 'react';

/**
 * ARIA's toolbar pattern: the toolbar is one stop of the Tab key, and the arrow keys (Home, End) move
 * between its controls. A page full of buttons then takes a few Tabs to cross instead of dozens. The
 * control last focused keeps the stop, so Tab brings a person back where they were.
 */

const ITEMS = 'button:not([disabled]), select:not([disabled]), a[href], input:not([disabled])';

interface RovingToolbarProps {
  /** The toolbar's accessible name. */
  label: string;
  className: string;
  testId?: string;
  children: ReactNode;
}

export function RovingToolbar({ label, className, testId, children }: RovingToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const current = useRef<Element | null>(null);

  // A control inside a closed menu of the bar is not one of its stops.
  function items(): HTMLElement[] {
    return [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])].filter(
      (item) => item.closest('[hidden]') === null,
    );
  }

  /** One control with tabIndex 0 (the last focused one still there, else the first), the rest -1. */
  function settle() {
    const all = items();
    const stop = all.find((item) => item === current.current) ?? all[0];
    for (const item of all) item.tabIndex = item === stop ? 0 : -1;
  }

  // Controls come, go and get disabled with every render: settle the stop again after each one.
  useEffect(settle);

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    current.current = event.target;
    settle();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // A select's own arrows change its value; leave them to it.
    if (event.target instanceof HTMLSelectElement) return;
    const all = items();
    const at = all.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (at + 1) % all.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (at - 1 + all.length) % all.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = all.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    all[next]?.focus();
  }

  return (
    <div
      ref={ref}
      className={className}
      role="toolbar"
      aria-label={label}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {children}
    </div>
  );
}
