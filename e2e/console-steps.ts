import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { CONSOLE_EXAMPLES } from '@/app/query/console-examples';

/** Steps in the GraphQL console (/query) that more than one browser test takes. */

/** Waits until the operation editor is up and the schema has been read (the Docs panel can show it). */
export async function waitForSchema(page: Page): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  await page.waitForFunction(() => {
    const refetch = document.querySelector<HTMLButtonElement>(
      'button[aria-label^="Re-fetch GraphQL schema"]',
    );
    return refetch !== null && !refetch.disabled;
  });
}

/** Replaces the operation editor's text by typing, as a reader would. */
export async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator('.graphiql-query-editor .monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Opens an example from the Examples panel, runs it, and waits for its answer. */
export async function runExample(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect.poll(() => page.locator('.graphiql-tab-active').innerText()).toContain(operationOf(title));
  await page.getByRole('button', { name: /^Execute query/ }).click();
  await expect.poll(() => page.locator('.graphiql-response').innerText()).toContain('"data"');
}

export function exampleNamed(title: string) {
  const example = CONSOLE_EXAMPLES.find((e) => e.title === title);
  if (example === undefined) throw new Error(`No console example is called ${title}`);
  return example;
}

function operationOf(title: string): string {
  return /query (\w+)/.exec(exampleNamed(title).query)?.[1] ?? '';
}
