/**
 * WCAG 2.1 contrast arithmetic for the canvas colours: Cytoscape draws on a <canvas>, where axe cannot
 * see, so the stylesheet (cytoscape-style.ts) checks its own colours with these functions and the tests
 * hold it to AA: 4.5:1 for label text, 3:1 for the lines and shapes that carry meaning (1.4.11).
 */

/** `#RGB` or `#RRGGBB` as [r, g, b] in 0..255; throws on anything else (our colours are all literals). */
export function parseHex(color: string): [number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const parts = short?.slice(1).map((h) => h + h) ?? long?.slice(1);
  if (parts === undefined) throw new Error(`theme-contrast: "${color}" is not a #RGB or #RRGGBB colour.`);
  return [
    Number.parseInt(parts[0] ?? '', 16),
    Number.parseInt(parts[1] ?? '', 16),
    Number.parseInt(parts[2] ?? '', 16),
  ];
}

function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(c ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`.toUpperCase();
}

/** WCAG relative luminance, 0 (black) .. 1 (white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = parseHex(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** `color` moved the fraction `amount` (0..1) of the way towards `toward`. */
export function mixColors(color: string, toward: string, amount: number): string {
  const from = parseHex(color);
  const to = parseHex(toward);
  return toHex(from.map((c, i) => c + ((to[i] ?? c) - c) * amount));
}

/**
 * `color` itself when it already stands out from `background` by `minRatio`, otherwise the smallest step
 * of it towards white (on a dark background) or black (on a light one) that does: the hue stays
 * recognisable, so a type keeps "its" colour in both themes.
 */
export function ensureContrast(color: string, background: string, minRatio: number): string {
  const toward = relativeLuminance(background) < 0.18 ? '#FFFFFF' : '#000000';
  for (let step = 0; step <= 50; step += 1) {
    const candidate = mixColors(color, toward, step / 50);
    if (contrastRatio(candidate, background) >= minRatio) return candidate;
  }
  return toward;
}

/** CIE L*a*b* of a colour (D65 white), the space in which distances match what eyes see. */
function toLab(color: string): [number, number, number] {
  const [r, g, b] = parseHex(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t) / 116 + 16 / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/**
 * How different two colours look: the CIE76 distance ΔE*ab. About 2 is just noticeable; two marks a
 * reader must never confuse (the drawn path and a relation type) want 40 or more.
 */
export function colourDifference(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
