/**
 * A generic undo/redo history: the present value, what came before it and what was undone. Pure and
 * immutable, so a React reducer can hold it and a test can drive it without a page.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** How many steps back the history keeps; older ones are dropped (memory stays bounded). */
const HISTORY_LIMIT = 100;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * A new step: `next` becomes the present and the old present can be undone. Redo is no longer possible
 * (the reader took another road). `leaving` is what the old present is remembered as (e.g. with its
 * positions filled in). Nothing happens when `next` is the present itself.
 */
export function commit<T>(
  history: History<T>,
  next: T,
  leaving: T = history.present,
  limit = HISTORY_LIMIT,
): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, leaving];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [] };
}

/** Changes the present without a step (a selection): undo skips over it. */
export function replacePresent<T>(history: History<T>, next: T): History<T> {
  return next === history.present ? history : { ...history, present: next };
}

/** Goes one step back; `leaving` is what the present is remembered as for redo. */
export function undo<T>(history: History<T>, leaving: T = history.present): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [leaving, ...history.future] };
}

/** Goes one undone step forward again. */
export function redo<T>(history: History<T>, leaving: T = history.present): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, leaving], present: next, future };
}

export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}
