import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { xmllintProblems } from '@/graph/export/testing/xmllint';
import { frameInks, layoutPicture } from './canvas-image-frame';
import type { PictureFrame } from './canvas-image-frame';
import { composeSvg, svgSize } from './canvas-image-svg';
import type { XmlTools } from './canvas-image-svg';
import { estimateWidth } from './canvas-image-testing';

// xmldom's DOM stands in for the browser's: the composer only uses what both have.
const xml = { parser: new DOMParser(), serializer: new XMLSerializer() } as unknown as XmlTools;

/** What cytoscape-svg writes (canvas2svg's serialisation): a root with a size, defs, and the drawing. */
const DRAWING = [
  '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="400">',
  '<defs><clipPath id="AbCdEfGhIjKl"><path d="M 0 0 L 10 10 Z"/></clipPath></defs>',
  '<g><rect fill="#ffffff" x="0" y="0" width="640" height="400"/>',
  '<path fill="#0072B2" d="M 100 100 L 140 100 L 140 140 Z"/>',
  '<text font-family="Inter" font-size="12px" x="120" y="160">Nayib Bukele</text></g></svg>',
].join('');

const HOSTILE_TITLE = 'Bukele & “CECOT” <script>alert(1)</script> ]]> --> "quoted"';
const FRAME: PictureFrame = {
  title: HOSTILE_TITLE,
  legend: [
    { kind: 'entity', label: 'Person', color: '#0072B2', shape: 'ellipse' },
    { kind: 'entity', label: 'Media & <press>', color: '#E69F00', shape: 'barrel' },
    { kind: 'relation', label: 'said, replied to', color: '#2F6FA3', lineStyle: 'dashed' },
  ],
  sources: 'Source: “Bukele answers Hillary Clinton’s criticism of CECOT”, cbsnews.com, 17 March 2025.',
};

/** `background` undefined: a transparent picture. */
function compose(frame: PictureFrame, background: string | undefined): string {
  const size = svgSize(DRAWING, xml);
  const layout = layoutPicture(frame, { ...size, scale: 1 }, frameInks(background), estimateWidth);
  return composeSvg(DRAWING, layout, background, frame.title, xml);
}

function textsWithRole(svg: string, role: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return Array.from(doc.getElementsByTagName('text'))
    .filter((t) => t.getAttribute('data-role') === role)
    .map((t) => t.textContent ?? '');
}

describe('composeSvg', () => {
  it('writes a well-formed SVG document (libxml2 agrees)', () => {
    const svg = compose(FRAME, '#ffffff');
    expect(xmllintProblems(svg)).toBe('');
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    expect(root?.localName).toBe('svg');
    expect(root?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('escapes the title and labels instead of letting them become markup', () => {
    const svg = compose(FRAME, '#ffffff');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script');
    expect(svg).toContain('Bukele &amp;');
    expect(textsWithRole(svg, 'title').join(' ')).toBe(HOSTILE_TITLE);
    expect(textsWithRole(svg, 'legend-label')).toEqual(['Person', 'Media & <press>', 'said, replied to']);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(HOSTILE_TITLE);
  });

  it('holds the drawing whole, below the title, and the source line below it', () => {
    const svg = compose(FRAME, '#ffffff');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    // getElementsByTagName looks below the root only: the first <svg> is the drawing.
    const inner = root?.getElementsByTagName('svg')[0];
    expect(inner?.parentNode).toBe(root);
    expect(inner?.getAttribute('width')).toBe('640');
    expect(Number(inner?.getAttribute('y'))).toBeGreaterThan(0);
    expect(inner?.getElementsByTagName('text')[0]?.textContent).toBe('Nayib Bukele');
    expect(inner?.getElementsByTagName('clipPath')[0]?.getAttribute('id')).toBe('AbCdEfGhIjKl');
    expect(textsWithRole(svg, 'sources').join(' ')).toBe(FRAME.sources);
    expect(Number(root?.getAttribute('height'))).toBeGreaterThan(400 + Number(inner?.getAttribute('y')));
    expect(root?.getAttribute('viewBox')).toBe(
      `0 0 ${root?.getAttribute('width')} ${root?.getAttribute('height')}`,
    );
  });

  it('paints the background behind the frame, or none for a transparent picture', () => {
    const painted = new DOMParser().parseFromString(compose(FRAME, '#0f1419'), 'image/svg+xml');
    const rect = painted.documentElement?.getElementsByTagName('rect')[0];
    expect(rect?.getAttribute('fill')).toBe('#0f1419');
    expect(rect?.parentNode).toBe(painted.documentElement);
    // Light ink on the dark canvas.
    const title = Array.from(painted.getElementsByTagName('text')).find(
      (t) => t.getAttribute('data-role') === 'title',
    );
    expect(title?.getAttribute('fill')).toBe(frameInks('#0f1419').text);

    const clear = new DOMParser().parseFromString(compose(FRAME, undefined), 'image/svg+xml');
    const first = clear.documentElement?.getElementsByTagName('rect')[0];
    // The only rectangle is the drawing's own.
    expect(first?.parentNode?.nodeName).toBe('g');
  });

  it('draws one key per legend entry: a shape for an entity type, a dashed line for speech', () => {
    const doc = new DOMParser().parseFromString(compose(FRAME, '#ffffff'), 'image/svg+xml');
    const groups = Array.from(doc.getElementsByTagName('g')).filter(
      (g) => g.getAttribute('data-role') === 'legend',
    );
    expect(groups).toHaveLength(3);
    expect(groups[0]?.getElementsByTagName('path')[0]?.getAttribute('fill')).toBe('#0072B2');
    const line = groups[2]?.getElementsByTagName('line')[0];
    expect(line?.getAttribute('stroke')).toBe('#2F6FA3');
    expect(line?.getAttribute('stroke-dasharray')).toMatch(/^\d/);
  });

  it('leaves out what the frame does not have', () => {
    const svg = compose({ title: 'Only a title', legend: [], sources: '' }, '#ffffff');
    expect(xmllintProblems(svg)).toBe('');
    expect(textsWithRole(svg, 'title')).toEqual(['Only a title']);
    expect(textsWithRole(svg, 'legend-label')).toEqual([]);
    expect(textsWithRole(svg, 'sources')).toEqual([]);
  });
});
