// "What matters to you": the sliders that re-rank roles with reasons, by keyboard, in the
// address (bookmarkable) and in saved progress, and never touching the verdict.
import { test, expect, appReady, seedAnswers } from './fixtures';
import type { Page } from '@playwright/test';

const titles = (page: Page) => page.locator('main .role-card h2 a').allInnerTexts();

test('on /roles the sliders re-rank the roles live, with reasons, by keyboard', async ({ page, audit }) => {
  await page.goto('roles');
  await appReady(page);
  const usual = await titles(page);
  const pay = page.getByLabel('How much does pay matter to you?');
  await expect(pay).toHaveAttribute('aria-valuetext', 'Some');
  await expect(page.getByRole('button', { name: 'Reset to the usual order' })).toBeDisabled();
  // Keyboard only: focus the slider, arrows move it a step at a time.
  await pay.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(pay).toHaveAttribute('aria-valuetext', 'A lot');
  await expect(page.locator('.weight output').first()).toHaveText('A lot');
  await expect(page).toHaveURL(/roles\?w=4222222$/);
  await expect(page.locator('.result-count')).toContainText('Ranked by what matters to you');
  // Every card says how far it moved and why.
  await expect(page.locator('main .role-card .rank-why')).toHaveCount(12);
  const people = page.getByLabel('How much do you want to lead people?');
  await people.focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  const hands = page.getByLabel('How much do you want hands-on technical work?');
  await hands.focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/w=4224022$/);
  const weighted = await titles(page);
  expect(weighted).not.toEqual(usual);
  expect(weighted.slice(0, 3)).toContain('Software Engineer');
  const director = page.locator('main .role-card', { hasText: 'Engineering Director' });
  await expect(director.locator('.moved')).toHaveText(/^Down \d+ from its usual place\.$/);
  await expect(director.locator('.rank-why li').first()).toHaveText(/./);
  await audit(page);
  // Filters keep the weights.
  await page.getByRole('radio', { name: 'Technical' }).check();
  await expect(page).toHaveURL(/track=technical.*w=4224022|w=4224022.*track=technical/);
  await page.getByRole('radio', { name: 'All' }).check();
  // Reset returns the usual order and takes the weights out of the address.
  await page.getByRole('button', { name: 'Reset to the usual order' }).click();
  await expect(page).not.toHaveURL(/w=/);
  expect(await titles(page)).toEqual(usual);
  await expect(page.locator('main .rank-why')).toHaveCount(0);
});

test('weights come back from storage and from a shared link; a mangled one is ignored', async ({ page }) => {
  await page.goto('roles?w=0000000');
  await appReady(page);
  // Pressure only, and little of it taken: the director goes last, and says why.
  await expect(page.getByLabel('How much pressure and responsibility can you take?')).toHaveAttribute('aria-valuetext', 'Not at all');
  const last = page.locator('main .role-card').last();
  await expect(last.locator('h2')).toHaveText('Engineering Director');
  await expect(last.locator('.rank-why li').first()).toHaveText(/^More pressure than you said you can take: /);
  // Saved with progress (schema version 3): a plain /roles gets them back, into the address too.
  await page.getByLabel('How much does pay matter to you?').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/w=3000000$/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('crossroads:state')!));
  expect(stored.version).toBe(3);
  expect(stored.data.weights).toBe('3000000');
  await page.goto('roles');
  await appReady(page);
  await expect(page).toHaveURL(/roles\?w=3000000$/);
  await expect(page.getByLabel('How much does pay matter to you?')).toHaveAttribute('aria-valuetext', 'Quite a lot');
  // A link with weights that do not parse falls back to the saved ones, with no error.
  await page.goto('roles?w=99');
  await appReady(page);
  await expect(page.getByLabel('How much does pay matter to you?')).toHaveAttribute('aria-valuetext', 'Quite a lot');
});

test('on the result the weights re-rank the roles that fit, and the verdict stays', async ({ page, audit }) => {
  await seedAnswers(page, 4, 1);
  await page.goto('results');
  await appReady(page);
  const verdict = await page.locator('main h1').innerText();
  const plot = await page.locator('.score-plot figcaption').innerText();
  const matches = page.locator('.match-list > li');
  const usual = await matches.locator('> a').allInnerTexts();
  await expect(page.getByText('Your result above stays as it is: these weights only rank roles.')).toBeVisible();
  const hands = page.getByLabel('How much do you want hands-on technical work?');
  await hands.focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  const people = page.getByLabel('How much do you want to lead people?');
  await people.focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/results\?w=2224022$/);
  await expect(matches.locator('.rank-why')).toHaveCount(await matches.count());
  expect(await matches.locator('> a').allInnerTexts()).not.toEqual(usual);
  // The verdict and the scores are exactly as before.
  await expect(page.locator('main h1')).toHaveText(verdict);
  await expect(page.locator('.score-plot figcaption')).toHaveText(plot);
  await audit(page);
  await page.getByRole('button', { name: 'Reset to the usual order' }).click();
  expect(await matches.locator('> a').allInnerTexts()).toEqual(usual);
});
