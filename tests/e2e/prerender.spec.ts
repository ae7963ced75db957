// Every route's file is pre-rendered at build time by the app's own components. These tests
// hold the two renderings to each other (so they can never drift) and read the site with
// JavaScript turned off, as a search engine, an old browser or a locked-down machine would.
// Also runs under /crossroads/: every pre-rendered page and its links.
import { test, expect, ROUTES, ROLE_COUNT, LANGUAGES } from './fixtures';
import type { Browser, Page } from '@playwright/test';

/** Every pre-rendered page of the build, as the service worker lists them: `roles/x/`, `404.html`. */
async function prerenderedPages(page: Page): Promise<string[]> {
  const worker = await (await page.request.get('sw.js')).text();
  const list = /const FILES = \[([^\]]*)\]/.exec(worker)![1];
  const files = [...list.matchAll(/'([^']*(?:index|404)\.html)'/g)].map((m) => m[1]);
  return files.map((f) => f.replace(/index\.html$/, ''));
}

/** The page's visible text, the `<noscript>` parts left out (the app never shows them). */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('noscript').forEach((n) => n.remove());
    // innerText needs layout, so the copy is measured in place of the original for a moment.
    const original = document.body;
    original.replaceWith(body);
    const text = body.innerText;
    body.replaceWith(original);
    return text.replace(/\s+/g, ' ').trim();
  });
}

/**
 * A browser page with JavaScript (and so WebAssembly) turned off. The fixture fails the test on
 * its console errors too (the security policy must block nothing).
 */
async function withoutScripts(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  return { context, page: await context.newPage() };
}

/** The pages whose content comes from progress saved on the device. */
const SAVED = ['quiz/', 'results/', 'history/', 'check/'];

test('a returning visitor never reads a first visit\'s facts before the app has loaded', async ({ browser, baseURL, page }) => {
  // Someone with a finished quiz opens their result, history and quiz on a slow phone: the
  // pre-rendered copy they see first must not say they have nothing saved.
  const { context, page: still } = await withoutScripts(browser, baseURL!);
  for (const path of SAVED) {
    await still.goto(path);
    const text = await visibleText(still);
    for (const firstVisit of ['appears here once every question', 'No finished quiz yet', 'Question 1 of', 'Strongly agree']) {
      expect(text, `/${path}`).not.toContain(firstVisit);
    }
    // Read without scripts, the page says what it needs.
    await expect(still.locator('main .no-script'), `/${path}`).toContainText('needs JavaScript and WebAssembly');
  }
  // The roles page's "what matters to you" sliders show saved weights: its copy, opened, shows
  // none of them (all at "No preference" would be false for someone who set some).
  await still.goto('roles/');
  await still.locator('.weights-panel summary').click();
  await expect(still.locator('.weights-panel .fine-print')).toBeVisible();
  await expect(still.locator('.weights-panel input[type="range"]')).toHaveCount(7);
  for (const slider of await still.locator('.weights-panel input[type="range"]').all()) await expect(slider).toBeHidden();
  await context.close();
  // And the app, once mounted, replaces the status line with what is saved.
  await page.goto('results');
  await expect(page.locator('main h1')).toHaveText('Your result');
  await expect(page.getByText('Loading your saved progress')).toHaveCount(0);
});

test('every pre-rendered page shows the text and title the app shows there', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const paths = await prerenderedPages(page);
  // Every route the app has (the home page, the fixed pages, every role) and the
  // not-found page, in every language.
  const routes = ROUTES.map((r) => (r === '/' ? '' : `${r.slice(1)}/`));
  const folders = LANGUAGES.map((l) => (l.prefix ? `${l.prefix.slice(1)}/` : ''));
  const expected = folders.flatMap((folder) => [...routes, '404.html'].map((r) => folder + r));
  expect([...paths].sort()).toEqual(expected.sort());
  expect(paths).toContain('roles/civil-engineer/');
  const { context, page: still } = await withoutScripts(browser, baseURL!);
  for (const path of paths) {
    await still.goto(path);
    await expect(still.locator('#static-shell main h1'), path).toHaveCount(1);
    const before = { text: await visibleText(still), title: await still.title() };
    await page.goto(path);
    await expect(page.locator('main h1')).toHaveCount(1);
    const after = { text: await visibleText(page), title: await page.title() };
    const bare = path.slice(folders.find((f) => f && path.startsWith(f))?.length ?? 0);
    if (SAVED.includes(bare)) {
      // What these pages show depends on what this browser has saved, which the build
      // cannot know: the copy has the same heading and title, and a neutral status line.
      const heading = await page.locator('main h1').innerText();
      // The quiz's title names the question once the app knows which one is open.
      expect(before.title, `/${path}`).toBe(bare === 'quiz/' ? `${heading} · Crossroads` : after.title);
      expect(before.text, `/${path}`).toContain(heading);
      await expect(still.locator('main .loading[role=status]'), `/${path}`).toHaveCount(1);
    } else {
      expect(before, `/${path} before and after the app mounts`).toEqual(after);
    }
  }
  await context.close();
});

test('without JavaScript the roles, every role page and the comparison can be read and followed', async ({ browser, baseURL }) => {
  const { context, page } = await withoutScripts(browser, baseURL!);
  await page.goto('');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Roles' }).click();
  await expect(page.locator('main h1')).toHaveText('Engineering roles');
  await expect(page.locator('main .role-card')).toHaveCount(ROLE_COUNT);
  await expect(nav.getByRole('link', { name: 'Roles' })).toHaveAttribute('aria-current', 'page');
  await page.locator('main .role-card').getByRole('link', { name: 'Civil Engineer' }).click();
  await expect(page.locator('main h1')).toHaveText('Civil Engineer');
  await expect(page).toHaveTitle('Civil Engineer · Crossroads');
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /^Civil Engineer: a technical track role/);
  // The long text (kept out of the wasm, fetched by the app) is in the page itself.
  await expect(page.getByRole('heading', { name: 'Main duties' })).toBeVisible();
  expect((await page.locator('main .lede').innerText()).length).toBeGreaterThan(60);
  await page.getByRole('link', { name: 'All roles' }).click();
  await expect(page.locator('main h1')).toHaveText('Engineering roles');
  await nav.getByRole('link', { name: 'Compare' }).click();
  await expect(page.locator('main h1')).toHaveText('Compare the tracks');
  await expect(page.locator('main table').first()).toBeVisible();
  await page.locator('main').getByRole('link', { name: 'Engineering Director' }).first().click();
  await expect(page.locator('main h1')).toHaveText('Engineering Director');
  // The quiz cannot work without scripts, and says so plainly.
  await nav.getByRole('link', { name: 'Quiz' }).click();
  await expect(page.locator('main h1')).toHaveText('Career path quiz');
  await expect(page.locator('main .no-script')).toContainText('needs JavaScript and WebAssembly');
  await context.close();
});
