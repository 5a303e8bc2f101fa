/**
 * Which option of a listbox becomes active when the reader presses ArrowDown (`step` 1) or ArrowUp
 * (`step` -1), per the ARIA combobox pattern: from "none active" (-1), Down goes to the first option and Up
 * to the last; both wrap around at the ends. -1 when there are no options.
 */
export function nextActiveIndex(current: number, step: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
