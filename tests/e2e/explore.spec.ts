// The role explorer and the comparison: filters in the URL, search, sort, deep links, compare
// via URL, back/forward, and layouts that stay readable on a phone.
// Also runs under /crossroads/: links and addresses with queries.
import { test, expect, appReady, ROLE_COUNT } from './fixtures';
import type { Page } from '@playwright/test';

const cards = (page: Page) => page.locator('.role-grid .role-card');
const titles = (page: Page) => page.locator('.role-grid .role-card h2').allInnerTexts();
const salaries = async (page: Page) =>
  (await page.locator('.role-grid .role-card .salary').allInnerTexts())
    // A role the sources give no figure for is left out: it sorts last either way.
    .filter((t) => /\d/.test(t))
    .map((t) => Number(t.replace(/[^0-9]/g, '')));

test('filter, search and sort live in the URL; back and forward restore them', async ({ page, audit }) => {
  await page.goto('roles');
  await appReady(page);
  await expect(cards(page)).toHaveCount(ROLE_COUNT);
  const all = await salaries(page);
  expect(all).toEqual([...all].sort((a, b) => b - a));

  await page.getByRole('radio', { name: 'Management' }).check();
  await expect(page).toHaveURL(/roles\?track=management$/);
  await expect(cards(page)).toHaveCount(6);
  await expect(page.locator('.role-grid .badge-technical')).toHaveCount(0);
  await expect(page.locator('.result-count')).toHaveText(`Showing 6 of ${ROLE_COUNT} roles.`);

  const search = page.getByLabel('Search titles, duties and skills');
  await search.fill('budget');
  await search.press('Enter');
  await search.blur();
  await expect(page).toHaveURL(/track=management&q=budget/);
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('Engineering Director');

  await search.fill('');
  await search.blur();
  await page.getByLabel('Sort by').selectOption('name');
  await expect(page).toHaveURL(/track=management&sort=name$/);
  const names = await titles(page);
  expect(names).toEqual([...names].sort());
  await audit(page);

  await page.goBack();
  await expect(page.getByLabel('Sort by')).toHaveValue('salary');
  await expect(cards(page)).toHaveCount(6);
  await page.goBack();
  await expect(search).toHaveValue('budget');
  await expect(cards(page)).toHaveCount(1);
  await page.goForward();
  await page.goForward();
  await expect(page.getByLabel('Sort by')).toHaveValue('name');
  await expect(page.getByRole('radio', { name: 'Management' })).toBeChecked();
});

test('a bookmarked filtered view opens as it was', async ({ page }) => {
  await page.goto('roles?track=technical&q=design&sort=salary-low');
  await appReady(page);
  await expect(page.getByRole('radio', { name: 'Technical' })).toBeChecked();
  await expect(page.getByLabel('Search titles, duties and skills')).toHaveValue('design');
  await expect(page.getByLabel('Sort by')).toHaveValue('salary-low');
  const found = await salaries(page);
  expect(found.length).toBeGreaterThan(0);
  expect(found).toEqual([...found].sort((a, b) => a - b));
  await expect(page.locator('.role-grid .badge-management')).toHaveCount(0);
});

test('a mangled query falls back to the full list', async ({ page }) => {
  await page.goto('roles?track=boss&sort=%25%25&q=');
  await appReady(page);
  await expect(cards(page)).toHaveCount(ROLE_COUNT);
  await expect(page.getByRole('radio', { name: 'All' })).toBeChecked();
});

test('an empty search says so and offers to clear the filters', async ({ page, audit }) => {
  await page.goto('roles?q=underwater%20basket');
  await appReady(page);
  await expect(page.getByText('No role matches these filters.')).toBeVisible();
  await audit(page);
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(cards(page)).toHaveCount(ROLE_COUNT);
  await expect(page.getByLabel('Search titles, duties and skills')).toHaveValue('');
});

test('the salary chart has its numbers as a table too', async ({ page }) => {
  await page.goto('roles');
  await appReady(page);
  const chart = page.locator('.salary-chart svg[role="img"]');
  await expect(chart).toHaveAttribute('aria-label', /Management roles run from US\$84,927 \(Engineering Lead\) to US\$162,252 \(Engineering Director\)\. Technical roles run from US\$88,050 \(Civil Engineer\) to US\$109,020 \(Software Engineer\)\./);
  // A bar for each of the twelve roles the sources give a figure for; the one they do not
  // says so in words, in the chart and in the table.
  await expect(chart.locator('rect')).toHaveCount(ROLE_COUNT - 1);
  await expect(chart).toContainText('No salary figure in the sources');
  const table = page.getByRole('table', { name: 'Average salary by role' });
  await expect(table.locator('tbody tr')).toHaveCount(ROLE_COUNT);
  await expect(table.getByRole('row', { name: /Staff or Principal Engineer/ })).toContainText('No salary figure in the sources');
  // What the figures are, and why the tracks are not like for like, said beside them.
  await expect(page.locator('.salary-source').first()).toContainText('average yearly figure in US dollars');
  await expect(page.getByText('The two lists are not like for like')).toBeVisible();
  await expect(table).toContainText('US$162,252');
});

test('a role page opened by deep link has every section', async ({ page, audit }) => {
  await page.goto('roles/civil-engineer');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Civil Engineer');
  await expect(page.locator('.role-meta')).toContainText('US$88,050 average salary');
  for (const heading of ['Main duties', 'Skills it draws on', 'Typical qualifications', 'How people get there', 'Where the salary sits']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.locator('.salary-strip figcaption')).toHaveText(/Civil Engineer is number 11 of the 12 roles with a salary figure/);
  await expect(page.locator('.salary-strip figcaption')).toContainText('Technical roles run from US$88,050 (Civil Engineer) to US$109,020 (Software Engineer).');
  await expect(page.locator('.salary-source')).toContainText('no place, year or level of experience');
  const other = page.getByRole('heading', { name: /If you like this but prefer the management track/ });
  await expect(other).toBeVisible();
  await audit(page);
  await page.locator('.role-page .role-card a').click();
  await expect(page.locator('main h1')).toHaveText('Engineering Operations Manager');
  await page.getByRole('link', { name: 'Take the quiz' }).click();
  await expect(page.locator('main h1')).toHaveText('Career path quiz');
});

test('compare three roles through the URL, then change the pick', async ({ page, audit }) => {
  await page.goto('compare?roles=software-engineer,engineering-lead,quality-manager');
  await appReady(page);
  const table = page.getByRole('table', { name: 'The chosen roles side by side' });
  await expect(table.locator('thead th')).toHaveText(['Software Engineer', 'Engineering Lead', 'Quality Manager']);
  await expect(table).toContainText('US$84,927');
  // The tracks are compared by their range, not by averages of unlike roles.
  const tracks = page.getByRole('table', { name: 'The management and technical tracks side by side' });
  await expect(tracks.getByRole('row', { name: /Pay \(average per role\)/ })).toContainText('Management roles run from US$84,927 (Engineering Lead) to US$162,252 (Engineering Director).');
  await expect(page.getByText('The two lists are not like for like')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Civil Engineer' })).toBeDisabled();
  await audit(page);
  await page.getByRole('checkbox', { name: 'Engineering Lead' }).uncheck();
  await expect(page).toHaveURL(/compare\?roles=software-engineer,quality-manager$/);
  await expect(table.locator('thead th')).toHaveCount(2);
  await page.getByRole('checkbox', { name: 'Civil Engineer' }).check();
  await expect(page).toHaveURL(/roles=software-engineer,quality-manager,civil-engineer$/);
  await page.goBack();
  await expect(table.locator('thead th')).toHaveCount(2);
});

test('compare explains what it could not use from a link', async ({ page }) => {
  await page.goto('compare?roles=nope,civil-engineer');
  await appReady(page);
  await expect(page.getByRole('status')).toContainText('could not be shown');
  await expect(page.getByRole('status')).toContainText('nope');
  await expect(page.locator('.picker-status')).toHaveText('One role chosen: choose another to compare.');
  await expect(page.getByRole('table', { name: 'The chosen roles side by side' })).toHaveCount(0);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['roles', 'roles/systems-architect', 'compare?roles=software-engineer,engineering-lead,quality-manager']) {
    test(`/${path} is never cut off`, async ({ page }) => {
      await page.goto(path);
      await appReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'the page itself does not scroll sideways').toBeLessThanOrEqual(0);
      for (const region of await page.locator('.table-scroll').all()) {
        // Wide tables scroll inside their own region, with the row labels kept in view.
        const label = region.locator('tbody th').first();
        await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
        const box = await label.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x).toBeLessThan(40);
      }
    });
  }
});
