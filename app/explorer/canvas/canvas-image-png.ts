import { shapePath } from '@/app/lib/shape-paths';
import { arrowPath, cssFont, dashPattern } from './canvas-image-frame';
import type { PictureLayout, PlacedLegendEntry, PlacedLine, TextStyle } from './canvas-image-frame';

/**
 * The framed picture as a PNG: Cytoscape's drawing painted onto a larger canvas with the title, legend and
 * source line drawn around it, the same layout the SVG writer follows.
 */
export async function composePng(
  drawing: ImageBitmap,
  layout: PictureLayout,
  background: string | undefined,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw the picture.');
  if (background !== undefined) {
    context.fillStyle = background;
    context.fillRect(0, 0, layout.width, layout.height);
  }
  context.drawImage(drawing, layout.graph.x, layout.graph.y, layout.graph.width, layout.graph.height);
  for (const line of layout.title.lines) fillLine(context, line, layout.title.style);
  for (const placed of layout.legend.entries) {
    drawKey(context, placed);
    fillLine(context, { text: placed.entry.label, x: placed.textX, y: placed.textY }, layout.legend.style);
  }
  for (const line of layout.sources.lines) fillLine(context, line, layout.sources.style);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('The picture could not be encoded.')) : resolve(blob)),
      'image/png',
    ),
  );
}

function fillLine(context: CanvasRenderingContext2D, line: PlacedLine, style: TextStyle): void {
  context.font = cssFont(style);
  context.fillStyle = style.color;
  context.textBaseline = 'alphabetic';
  context.fillText(line.text, line.x, line.y);
}

function drawKey(context: CanvasRenderingContext2D, placed: PlacedLegendEntry): void {
  const { entry, keyX, keyWidth, keySize, y } = placed;
  context.save();
  context.fillStyle = entry.color;
  if (entry.kind === 'entity') {
    // shape-paths.ts draws in a 20×20 box.
    context.translate(keyX, y - keySize / 2);
    context.scale(keySize / 20, keySize / 20);
    context.fill(new Path2D(shapePath(entry.shape)));
  } else {
    const unit = keySize / 14;
    context.strokeStyle = entry.color;
    context.lineWidth = 2 * unit;
    context.setLineDash(dashPattern(entry.lineStyle, unit) ?? []);
    context.beginPath();
    context.moveTo(keyX, y);
    context.lineTo(keyX + keyWidth - 6 * unit, y);
    context.stroke();
    context.setLineDash([]);
    context.fill(new Path2D(arrowPath(keyX + keyWidth, y, unit)));
  }
  context.restore();
}
