// The specs' `test`: Playwright's, with each worker's baseURL pointing at its own console (playwright.config.ts).
import { test as base } from '@playwright/test';
import { consoleUrl } from './playwright.config';

export { expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern: none.
  baseURL: async ({}, use, testInfo) => use(consoleUrl(testInfo.parallelIndex)),
});
