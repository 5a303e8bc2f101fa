import type { EntityShape } from './type-style';

/**
 * SVG outlines of the Cytoscape node shapes we use, in a 20×20 box, so the legend, the search suggestions
 * and the panels draw the same shape a type has on the canvas.
 */
const PATHS: Record<EntityShape, string> = {
  ellipse: 'M10 1.5a8.5 8.5 0 1 0 0.001 0Z',
  diamond: 'M10 1 L19 10 L10 19 L1 10 Z',
  hexagon: 'M5.5 2 H14.5 L19 10 L14.5 18 H5.5 L1 10 Z',
  'round-rectangle': 'M5 2 H15 Q18 2 18 5 V15 Q18 18 15 18 H5 Q2 18 2 15 V5 Q2 2 5 2 Z',
  octagon: polygon(8, 9, Math.PI / 8),
  barrel: 'M3.5 2 Q10 0.5 16.5 2 Q19 10 16.5 18 Q10 19.5 3.5 18 Q1 10 3.5 2 Z',
  'round-tag': 'M3 3 H12.5 Q13.5 3 14.2 3.8 L18.5 10 L14.2 16.2 Q13.5 17 12.5 17 H3 Q2 17 2 16 V4 Q2 3 3 3 Z',
  star: star(5, 9.5, 4),
  triangle: 'M10 1.5 L19 18 H1 Z',
  rhomboid: 'M6 3 H19 L14 17 H1 Z',
  pentagon: polygon(5, 9.5, -Math.PI / 2),
  'concave-hexagon': 'M1 3 H19 L15.5 10 L19 17 H1 L4.5 10 Z',
  'cut-rectangle': 'M5 2 H15 L18 5 V15 L15 18 H5 L2 15 V5 Z',
  rectangle: 'M2.5 2.5 H17.5 V17.5 H2.5 Z',
};

/** The SVG path of `shape` in a 20×20 view box. */
export function shapePath(shape: EntityShape): string {
  return PATHS[shape];
}

function polygon(sides: number, radius: number, rotation: number): string {
  const points = Array.from({ length: sides }, (_, i) => {
    const angle = rotation + (i * 2 * Math.PI) / sides;
    return point(angle, radius);
  });
  return `M${points.join(' L')} Z`;
}

function star(spikes: number, outer: number, inner: number): string {
  const points = Array.from({ length: spikes * 2 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / spikes;
    return point(angle, i % 2 === 0 ? outer : inner);
  });
  return `M${points.join(' L')} Z`;
}

function point(angle: number, radius: number): string {
  const x = 10 + radius * Math.cos(angle);
  const y = 10 + radius * Math.sin(angle);
  return `${x.toFixed(2)} ${y.toFixed(2)}`;
}
