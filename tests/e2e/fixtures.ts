// Shared fixtures: every test fails on a console error or an uncaught page error, and can run
// an axe-core audit of the current page.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Fixtures = {
  /** Errors seen in the console or thrown by the page; asserted empty after each test. */
  pageErrors: string[];
  /** Runs axe-core on the page and fails with the violations listed. */
  audit: (page: Page) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      await use(errors);
      expect(errors, 'console and page errors').toEqual([]);
    },
    { auto: true },
  ],
  audit: async ({}, use) => {
    await use(async (page: Page) => {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, 'axe-core violations').toEqual([]);
    });
  },
});

export { expect };

/** Waits until the app has mounted and rendered a main heading. */
export async function appReady(page: Page) {
  await expect(page.locator('main h1')).toBeVisible();
}
