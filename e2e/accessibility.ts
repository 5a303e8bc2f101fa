import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * An accessibility audit with axe-core run inside the page under test, in the same Chromium the other e2e
 * tests drive. axe's own source is injected as a script (it is a dev dependency, served from disk, so the
 * audit needs no network); the CSP does not apply to scripts added through the DevTools protocol.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule broken, with the elements that break it (as CSS selectors). */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe (WCAG 2.x A and AA rules) over the page as it is now; returns the violations found. */
export async function auditAccessibility(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeRunner }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));

    interface AxeRunner {
      run(
        context: Document,
        options: unknown,
      ): Promise<{
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: string[] }[];
        }[];
      }>;
    }
  });
}

/** The violations the issue forbids: serious or critical ones. */
export function seriousViolations(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
