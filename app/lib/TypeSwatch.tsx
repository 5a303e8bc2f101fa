import { shapePath } from './shape-paths';
import { entityTypeStyle } from './type-style';

/** The shape and colour an entity type has on the canvas, small, for legends, lists and panels. */
export function TypeSwatch({ type, size = 14 }: { type: string; size?: number }) {
  const style = entityTypeStyle(type);
  return (
    <svg className="type-swatch" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true">
      <path d={shapePath(style.shape)} fill={style.color} stroke="#ffffff" strokeWidth="1" />
    </svg>
  );
}

/** A type's swatch and its readable name, e.g. ◆ "Media organization". */
export function TypeLabel({ type, label }: { type: string; label: string }) {
  return (
    <span className="type-label">
      <TypeSwatch type={type} />
      <span>{label}</span>
    </span>
  );
}
