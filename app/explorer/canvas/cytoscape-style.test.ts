import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CANVAS_BACKGROUND,
  GRAPHIC_CONTRAST,
  GRAPH_STYLESHEET,
  THEME_INKS,
  graphStylesheet,
} from './cytoscape-style';
import { hexOf, styledGraph } from './testing/styled-graph';
import type { Theme } from '@/app/lib/theme-choice';
import { contrastRatio } from '@/app/explorer/theme/theme-contrast';

const THEMES: readonly Theme[] = ['light', 'dark'];

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
