'use client';

import { useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { nextActiveIndex } from '@/app/lib/listbox-navigation';

/** What the node menu offers. */
export type NodeMenuAction = 'expand' | 'pathFrom' | 'pathTo' | 'hide' | 'remove' | 'pin';

interface ContextMenuProps {
  /** The entity's name, for the menu's accessible name. */
  name: string;
  pinned: boolean;
  /** Where to open, in CSS pixels from the canvas stage's top-left corner. */
  x: number;
  y: number;
  onAction: (action: NodeMenuAction) => void;
  onClose: () => void;
}

/**
 * The menu a right-click on an entity opens, following the ARIA menu pattern: focus moves to the first
 * item, ↑/↓ move, Enter chooses, Escape or a click elsewhere closes and gives focus back. The same
 * actions are buttons in the details panel, for readers who never right-click.
 */
export function ContextMenu({ name, pinned, x, y, onAction, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const items: { action: NodeMenuAction; label: string }[] = [
    { action: 'expand', label: 'Expand neighbours' },
    { action: 'pathFrom', label: 'Path from here' },
    { action: 'pathTo', label: 'Path to here' },
    { action: 'hide', label: 'Hide' },
    { action: 'remove', label: 'Remove' },
    { action: 'pin', label: pinned ? 'Unpin' : 'Pin' },
  ];

  const close = useEffectEvent(() => onClose());

  // Opened near the canvas's right or bottom edge, the menu moves in so it is never cut off.
  useLayoutEffect(() => {
    const element = menu.current;
    const stage = element?.parentElement;
    if (element === null || element === undefined || stage === null || stage === undefined) return;
    const margin = 4;
    element.style.left = `${Math.max(margin, Math.min(x, stage.clientWidth - element.offsetWidth - margin))}px`;
    element.style.top = `${Math.max(margin, Math.min(y, stage.clientHeight - element.offsetHeight - margin))}px`;
  }, [x, y]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      previous?.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      buttons[nextActiveIndex(current, event.key === 'ArrowDown' ? 1 : -1, buttons.length)]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      buttons[event.key === 'Home' ? 0 : buttons.length - 1]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  }

  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${name}`}
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
      data-testid="context-menu"
    >
      {items.map((item) => (
        <button
          key={item.action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          onClick={() => {
            onAction(item.action);
            onClose();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
