// Every route opens directly from a static server (deep link, reload, bookmark), shows its own
// main heading and passes an accessibility audit.
// Also runs under /crossroads/: routes, deep links and the files each page fetches.
import { test, expect, appReady, PROSE_FILE, ROLE_COUNT } from './fixtures';

const ROUTES: [string, string | RegExp][] = [
  ['', 'Management or technical: which way at the crossroads?'],
  ['quiz', 'Career path quiz'],
  ['results', 'Your result'],
  ['roles', 'Engineering roles'],
  ['roles/software-engineer', 'Software Engineer'],
  ['roles/engineering-director', 'Engineering Director'],
  ['roles/civil-engineer', 'Civil Engineer'],
  ['compare', 'Compare the tracks'],
  ['method', 'How the score works'],
];

for (const [path, heading] of ROUTES) {
  test(`/${path} opens directly and shows its heading`, async ({ page, audit }) => {
    const response = await page.goto(path);
    expect(response?.status(), 'the static server answers the deep link').toBe(200);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/· Crossroads$/);
    await audit(page);
  });
}

test('reloading a deep link keeps the page', async ({ page }) => {
  await page.goto('roles/electrical-engineer');
  await expect(page.locator('main h1')).toHaveText('Electrical Engineer');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Electrical Engineer');
  expect(new URL(page.url()).pathname).toMatch(/\/roles\/electrical-engineer$/);
});

test('every role in the list opens its own page', async ({ page, baseURL }) => {
  await page.goto('roles');
  const links = page.locator('main .role-card h2 a');
  await expect(links).toHaveCount(ROLE_COUNT);
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) {
    expect(href.startsWith(baseURL!), `${href} stays under ${baseURL}`).toBe(true);
    const response = await page.goto(href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('main h1')).not.toHaveText('Role not found');
  }
});

test('navigation links move between pages and mark the current one', async ({ page }) => {
  await page.goto('');
  await appReady(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Roles' }).click();
  await expect(page.locator('main h1')).toHaveText('Engineering roles');
  await expect(nav.getByRole('link', { name: 'Roles' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Compare' }).click();
  await expect(page.locator('main h1')).toHaveText('Compare the tracks');
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText('Engineering roles');
  await page.getByRole('link', { name: 'Crossroads' }).click();
  await expect(page.locator('main h1')).toHaveText(/which way at the crossroads/);
});

test('the start button leads to the quiz', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'Start the quiz' }).click();
  await expect(page.locator('main h1')).toHaveText('Career path quiz');
});

test('an unknown role shows a helpful not-found page', async ({ page, audit }) => {
  await page.goto('roles');
  await appReady(page);
  // Client-side navigation: static servers cannot answer an unknown deep link with the app.
  await page.evaluate(() => {
    history.pushState(null, '', 'roles/no-such-role');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('main h1')).toHaveText('Role not found');
  await expect(page.getByRole('link', { name: 'See all the roles' })).toBeVisible();
  await audit(page);
});

test('an unknown path shows the not-found page', async ({ page, audit }) => {
  await page.goto('');
  await appReady(page);
  await page.evaluate(() => {
    history.pushState(null, '', 'nowhere/at/all');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await audit(page);
});

test('the 404 page of static hosts is the app, showing not-found', async ({ page }) => {
  await page.goto('404.html');
  await expect(page.locator('main h1')).toHaveText('Page not found');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('roles');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page.locator('main h1')).toHaveText('Engineering roles');
});

test('the app replaces the pre-rendered copy of the page when it mounts', async ({ page }) => {
  // (prerender.spec.ts compares the two renderings of every page.)
  await page.goto('roles/civil-engineer');
  await appReady(page);
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(page.locator('header.site-header')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
});

test('if the page text cannot be downloaded, the page says so and can try again', async ({ page, audit, pageErrors }) => {
  let block = true;
  await page.route((url) => url.pathname.endsWith(`/${PROSE_FILE}`), (r) => (block ? r.abort() : r.continue()));
  // The home page needs none of it.
  await page.goto('');
  await expect(page.locator('main h1')).toHaveText('Management or technical: which way at the crossroads?');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await expect(page.locator('main h1')).toHaveText('This page could not load');
  await expect(page.getByRole('alert')).toContainText('could not be downloaded');
  await audit(page);
  block = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('main h1')).toHaveText('Engineering roles');
  await expect(page.locator('main .role-card')).toHaveCount(ROLE_COUNT);
  // The browser itself logs the blocked download; nothing else went wrong.
  expect(pageErrors.every((e) => e.startsWith('console: Failed to load resource: net::ERR_FAILED (at ')), pageErrors.join('\n')).toBe(true);
  pageErrors.length = 0;
});
