// A missing address on a host that knows one not-found page (GitHub Pages, most plain static
// servers answer every miss with the root's 404.html, which is English): the visitor still
// reads "page not found" in the language of the address, at the address they asked for.
// Also runs under /crossroads/: each language's folder under the path.
import { test, expect, appReady, LANGUAGES } from './fixtures';
import path from 'node:path';
// The cross-engine suite's static server answers every miss with the root's 404.html.
import { serve } from '../engines/server.mjs';

const repo = path.resolve(__dirname, '../..');

test('a host with one 404.html answers a missing address in its own language', async ({ page, baseURL, pageErrors }) => {
  const base = new URL(baseURL!).pathname;
  // The sub-path build is served as a project site: its misses get its own 404.html.
  const host =
    base === '/' ? await serve(path.join(repo, 'dist'), 0) : await serve(path.join(repo, 'target/e2e-subpath'), 0, `${base.slice(1)}404.html`);
  try {
    for (const language of LANGUAGES) {
      const missing = `${host.url}${base}${language.prefix ? `${language.prefix.slice(1)}/` : ''}no/such/page?from=test`;
      await page.goto(missing);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(page.locator('main h1')).toHaveText(language.words.page_not_found);
      // The address is the one asked for (put back once the language's page has loaded).
      await expect(page).toHaveURL(missing);
      // The browser itself may log the host's answer, a 404 (not always for a page it left at
      // once); nothing else went wrong.
      const hostAnswer = `console: Failed to load resource: the server responded with a status of 404 (Not Found) (at ${missing})`;
      expect(pageErrors.filter((e) => e !== hostAnswer)).toEqual([]);
      pageErrors.length = 0;
    }
  } finally {
    await host.close();
  }
});
