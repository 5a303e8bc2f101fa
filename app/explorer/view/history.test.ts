import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, redo, replacePresent, startHistory, undo } from './history';

describe('history', () => {
  it('undoes and redoes steps in order', () => {
    let h = startHistory('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    expect(canUndo(h)).toBe(true);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(canRedo(h)).toBe(false);
  });

  it('forgets what was undone when a new step is taken', () => {
    const h = commit(undo(commit(startHistory(1), 2)), 3);
    expect(h.present).toBe(3);
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toBe(1);
  });

  it('remembers the state left as given (e.g. with its positions)', () => {
    const h = commit(startHistory('a'), 'b', 'a with positions');
    expect(undo(h).present).toBe('a with positions');
    expect(redo(undo(h), 'a again').past).toEqual(['a again']);
  });

  it('takes no step for an unchanged present, and none for a replaced one', () => {
    const h = startHistory('a');
    expect(commit(h, 'a')).toBe(h);
    const replaced = replacePresent(commit(h, 'b'), 'b selected');
    expect(replaced.present).toBe('b selected');
    expect(undo(replaced).present).toBe('a');
  });

  it('keeps at most `limit` steps back', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 5; i++) h = commit(h, i, h.present, 3);
    expect(h.past).toEqual([2, 3, 4]);
  });

  it('does nothing when there is nothing to undo or redo', () => {
    const h = startHistory('a');
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });
});
