import cytoscape from 'cytoscape';
import { expect, vi } from 'vitest';
import type { Theme } from '@/app/lib/theme-choice';
import { graphStylesheet } from '../cytoscape-style';
import { toEdgeElement, toNodeElement } from '../elements';

/**
 * The canvas stylesheet as Cytoscape itself applies it, for the tests that check its colours
 * (cytoscape-style.test.ts, theme-contrast.test.ts): a headless instance with one node of every type and
 * one edge of every relation type.
 */

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
export function styledGraph(theme: Theme) {
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
export function hexOf(rgb: string): string {
  const parts = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(rgb)?.slice(1) ?? [];
  expect(parts, rgb).toHaveLength(3);
  return `#${parts.map((p) => Number(p).toString(16).padStart(2, '0')).join('')}`;
}
