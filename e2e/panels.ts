import type { Page } from 'playwright-core';

/**
 * Helpers for the explorer's reading panels (table view, path finder): what is drawn, read from Cytoscape,
 * and the path finder's entity pickers driven with the keyboard.
 */

/** The ids and types of the entities on the canvas. */
export function drawnEntities(page: Page): Promise<{ id: string; type: string }[]> {
  return page.evaluate(
    () => window.__newsgraphCy?.nodes().map((n) => ({ id: n.id(), type: String(n.data('type')) })) ?? [],
  );
}

/** The ids of the relations on the canvas. */
export function drawnRelationIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__newsgraphCy?.edges().map((e) => e.id()) ?? []);
}

/** The ids of the canvas elements marked as the drawn path. */
export function pathElementIds(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => ({
    nodes: window.__newsgraphCy?.nodes('.path').map((n) => n.id()) ?? [],
    edges: window.__newsgraphCy?.edges('.path').map((e) => e.id()) ?? [],
  }));
}

/** The `data-id`s of a table's body rows, in their order on the page. */
export function tableRowIds(page: Page, testId: 'entity-table' | 'relation-table'): Promise<string[]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));
}

/** Types `query` into the path finder's `label` ("From"/"To") picker and chooses `name` with the keyboard. */
export async function pickPathEnd(
  page: Page,
  label: 'From' | 'To',
  query: string,
  name: string,
): Promise<void> {
  const box = page
    .getByRole('region', { name: 'Path finder' })
    .getByRole('combobox', { name: label, exact: true });
  await box.fill(query);
  const options = page.getByRole('listbox', { name: `${label}: matching entities` }).getByRole('option');
  await options.first().waitFor();
  const texts = await options.allInnerTexts();
  const index = texts.findIndex((text) => text.includes(name));
  if (index < 0)
    throw new Error(`pickPathEnd: no suggestion "${name}" for "${query}" (got ${texts.join(' | ')})`);
  for (let i = 0; i <= index; i++) await box.press('ArrowDown');
  await box.press('Enter');
}

/** Opens the path finder from the canvas toolbar. */
export async function openPathFinder(page: Page): Promise<void> {
  await page.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Find path' }).click();
  await page.getByRole('region', { name: 'Path finder' }).waitFor();
}
