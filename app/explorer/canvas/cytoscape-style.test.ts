import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import {
  CANVAS_BACKGROUND,
  GRAPHIC_CONTRAST,
  GRAPH_STYLESHEET,
  THEME_INKS,
  graphStylesheet,
} from './cytoscape-style';
import { toEdgeElement, toNodeElement } from './elements';
import type { Theme } from '@/app/lib/theme-choice';
import { contrastRatio } from '@/app/explorer/theme/theme-contrast';

const THEMES: readonly Theme[] = ['light', 'dark'];

// Every type type-style.ts has a look for, plus one it does not (Spaceship, WORKS_FOR: the neutral defaults).
const ENTITY_TYPES = [
  'Person',
  'Judge',
  'Country',
  'GovernmentBody',
  'Prison',
  'MediaOrganization',
  'Program',
  'Documentary',
  'Segment',
  'Platform',
  'Law',
  'Group',
  'Organization',
  'Spaceship',
];
const RELATION_TYPES = ['SAID', 'REPLIED_TO', 'CRITICIZED', 'ORDERED', 'PULLED', 'WORKS_FOR'];

/** The theme's stylesheet applied by a real headless Cytoscape to one node of each type, all linked in a chain. */
function styledGraph(theme: Theme) {
  const nodes = ENTITY_TYPES.map((type, i) => ({ id: `n${i}`, name: type, type }));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: graphStylesheet(theme),
      elements: [
        ...nodes.map((n) => toNodeElement({ ...n, degree: 1 })),
        ...RELATION_TYPES.map((type, i) =>
          toEdgeElement({
            id: `e${i}`,
            type,
            statement: null,
            role: null,
            documentIds: [],
            source: nodes[i] ?? nodes[0]!,
            target: nodes[i + 1] ?? nodes[0]!,
          }),
        ),
      ],
    });
    // Cytoscape drops a rule it cannot parse with a warning: a typo would otherwise pass silently.
    expect(warn).not.toHaveBeenCalled();
    return cy;
  } finally {
    warn.mockRestore();
  }
}

/** Cytoscape reports colours as `rgb(r,g,b)`; our contrast helpers read hex. */
function hexOf(rgb: string): string {
  const parts = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(rgb)?.slice(1) ?? [];
  expect(parts, rgb).toHaveLength(3);
  return `#${parts.map((p) => Number(p).toString(16).padStart(2, '0')).join('')}`;
}

describe('cytoscape-style', () => {
  it('gives both themes the same selectors in the same order', () => {
    const selectors = (theme: Theme) =>
      graphStylesheet(theme).map((rule) => (rule as { selector: string }).selector);
    expect(selectors('dark')).toEqual(selectors('light'));
  });

  it('keeps GRAPH_STYLESHEET the light theme', () => {
    expect(JSON.stringify(GRAPH_STYLESHEET)).toBe(JSON.stringify(graphStylesheet('light')));
  });

  it('uses the --canvas colours of app/globals.css as the canvas backgrounds', () => {
    const css = readFileSync(new URL('../../globals.css', import.meta.url), 'utf8');
    const canvasIn = (block: string) =>
      new RegExp(`${block}\\s*\\{[^}]*--canvas:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toUpperCase();
    expect(canvasIn(':root')).toBe(CANVAS_BACKGROUND.light);
    expect(canvasIn("\\[data-theme='dark'\\]")).toBe(CANVAS_BACKGROUND.dark);
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    const canvas = CANVAS_BACKGROUND[theme];
    const inks = THEME_INKS[theme];

    it('outlines every entity type at 3:1 or more against the canvas', () => {
      const cy = styledGraph(theme);
      for (const node of cy.nodes().toArray()) {
        const border = hexOf(node.style('border-color') as string);
        expect(
          contrastRatio(border, canvas),
          `${String(node.data('type'))} ${border}`,
        ).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
      }
    });

    it('draws every relation type at 3:1 or more against the canvas, arrows included', () => {
      const cy = styledGraph(theme);
      for (const edge of cy.edges().toArray()) {
        const line = hexOf(edge.style('line-color') as string);
        expect(contrastRatio(line, canvas), `${String(edge.data('type'))} ${line}`).toBeGreaterThanOrEqual(
          GRAPHIC_CONTRAST,
        );
        expect(hexOf(edge.style('target-arrow-color') as string)).toBe(line);
      }
    });

    it('writes labels at 4.5:1 or more on their backing, and rings the selection at 3:1', () => {
      expect(contrastRatio(inks.ink, inks.labelBacking)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(inks.mutedInk, inks.labelBacking)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(inks.ink, canvas)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(inks.mutedInk, canvas)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(inks.focus, canvas)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    });

    it("applies the theme's label colours on a real canvas", () => {
      const cy = styledGraph(theme);
      expect(hexOf(cy.nodes().first().style('color') as string).toUpperCase()).toBe(inks.ink);
      expect(hexOf(cy.edges().first().style('color') as string).toUpperCase()).toBe(inks.mutedInk);
    });
  });
});
