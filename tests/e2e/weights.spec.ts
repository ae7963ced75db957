// "What matters to you": the sliders that re-rank roles with reasons, by keyboard, in the
// address (bookmarkable) and in saved progress, and never touching the verdict; and the two
// optional questions about where the person stands, which shape the plan and the roles.
import { test, expect, appReady, seedAnswers, readStored, STORAGE, QUESTION_SET, ROLE_COUNT } from './fixtures';
import type { Page } from '@playwright/test';

const titles = (page: Page) => page.locator('main .role-card h2 a').allInnerTexts();

test('on /roles the sliders re-rank the roles live, each only in its own direction, by keyboard', async ({ page, audit }) => {
  await page.goto('roles');
  await appReady(page);
  const usual = await titles(page);
  const pay = page.getByLabel('How much does pay matter to you?');
  // Folded until asked for: the roles come first.
  await expect(pay).toBeHidden();
  await page.getByText('Sort by what matters to you').click();
  await expect(pay).toHaveAttribute('aria-valuetext', 'No preference');
  await expect(page.getByRole('button', { name: 'Reset to the usual order' })).toBeDisabled();
  // Keyboard only: focus the slider, arrows move it a step at a time.
  await pay.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(pay).toHaveAttribute('aria-valuetext', 'A lot');
  await expect(page.locator('.weight output').first()).toHaveText('A lot');
  await expect(page).toHaveURL(/roles\?pref=4000000$/);
  await expect(page.locator('.result-count')).toContainText('Ranked by what matters to you');
  // Pay alone: the best-paid role first, and roles in falling order of pay.
  const paid = await titles(page);
  expect(paid[0]).toBe('Engineering Director');
  await expect(page.locator('main .role-card').first().locator('.rank-why li')).toHaveText(['Pays US$162,252, the highest of the twelve roles with a figure.']);
  // Every card says how far it moved, its preference points and why; nothing about concerns
  // the person never set.
  await expect(page.locator('main .role-card .rank-why')).toHaveCount(ROLE_COUNT);
  await expect(page.locator('main .rank-why li', { hasText: 'pressure' })).toHaveCount(0);
  // Hands-on work raised on top: a role with less hands-on work never overtakes one with more.
  const hands = page.getByLabel('How much do you want hands-on technical work?');
  await hands.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/pref=4004000$/);
  const weighted = await titles(page);
  expect(weighted).not.toEqual(paid);
  expect(weighted.indexOf('Software Engineer')).toBeLessThan(paid.indexOf('Software Engineer'));
  await audit(page);
  // Filters keep the weights.
  await page.getByRole('radio', { name: 'Technical' }).check();
  await expect(page).toHaveURL(/track=technical.*pref=4004000|pref=4004000.*track=technical/);
  await page.getByRole('radio', { name: 'All' }).check();
  // Reset returns the usual order and takes the weights out of the address.
  await page.getByRole('button', { name: 'Reset to the usual order' }).click();
  await expect(page).not.toHaveURL(/pref=/);
  expect(await titles(page)).toEqual(usual);
  await expect(page.locator('main .rank-why')).toHaveCount(0);
});

test('weights come back from storage and from a shared link, old links too; a mangled one is ignored', async ({ page }) => {
  await page.goto('roles?pref=0400000');
  await appReady(page);
  // Avoiding pressure only: the director goes last, and says why.
  await expect(page.getByLabel('How much do you want to avoid pressure and responsibility?')).toHaveAttribute('aria-valuetext', 'A lot');
  const last = page.locator('main .role-card').last();
  await expect(last.locator('h2')).toHaveText('Engineering Director');
  await expect(last.locator('.rank-why li').first()).toHaveText(/^More pressure than most roles: /);
  // Saved with progress (format 4): a plain /roles gets them back, into the address too.
  await page.getByLabel('How much does pay matter to you?').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/pref=3400000$/);
  const stored = await readStored(page);
  expect(stored.version).toBe(STORAGE.version);
  expect(stored.data.weights).toBe('3400000');
  await page.goto('roles');
  await appReady(page);
  await expect(page).toHaveURL(/roles\?pref=3400000$/);
  await expect(page.getByLabel('How much does pay matter to you?')).toHaveAttribute('aria-valuetext', 'Quite a lot');
  // A link made before "No preference" existed: the middle meant nothing, and pressure asked
  // how much one can take (0, none at all, is wanting to avoid it a lot).
  await page.goto('roles?w=4022222');
  await appReady(page);
  await expect(page).toHaveURL(/roles\?pref=4400000$/);
  await expect(page.getByLabel('How much do you want to avoid pressure and responsibility?')).toHaveAttribute('aria-valuetext', 'A lot');
  // A link with weights that do not parse falls back to the saved ones, with no error.
  await page.goto('roles?pref=99');
  await appReady(page);
  await expect(page.getByLabel('How much does pay matter to you?')).toHaveAttribute('aria-valuetext', 'A lot');
});

test('on the result the weights re-rank the roles that fit by fit plus points, and the verdict stays', async ({ page, audit }) => {
  await seedAnswers(page, 4, 1);
  await page.goto('results');
  await appReady(page);
  const verdict = await page.locator('main h1').innerText();
  const plot = await page.locator('.score-plot figcaption').innerText();
  const matches = page.locator('.match-list > li');
  const usual = await matches.locator('> a').allInnerTexts();
  await page.getByText('Sort by what matters to you').click();
  await expect(page.getByText('Your result stays as it is: these weights only rank roles.')).toBeVisible();
  await expect(page.getByText(/Fit, out of 100, is how well a role matches your answers/)).toBeVisible();
  await expect(page.getByText(/no pay for the senior technical role/)).toBeVisible();
  await expect(matches.first().locator('.fit')).toHaveText(/^ fit \d+ \(track \d+, skills \d+\)$/);
  const hands = page.getByLabel('How much do you want hands-on technical work?');
  await hands.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/results\?pref=0004000$/);
  await expect(matches.locator('.rank-why')).toHaveCount(await matches.count());
  // The number the list is ordered by, and what it is made of.
  await expect(matches.first().locator('.fit')).toHaveText(/^ \d+ = fit \d+ \(track \d+, skills \d+\) [+−] \d+ preference points?$/);
  expect(await matches.locator('> a').allInnerTexts()).not.toEqual(usual);
  // The verdict and the scores are exactly as before.
  await expect(page.locator('main h1')).toHaveText(verdict);
  await expect(page.locator('.score-plot figcaption')).toHaveText(plot);
  await audit(page);
  await page.getByRole('button', { name: 'Reset to the usual order' }).click();
  expect(await matches.locator('> a').allInnerTexts()).toEqual(usual);
});

test('where you stand: asked at the start by keyboard, kept, and it shapes the plan and the roles', async ({ page, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  // Optional, below the first question, and never in the way of answering it.
  await page.getByText('About you (optional)').click();
  // By keyboard: the arrow keys move a focused drop-down through its options.
  const position = page.getByLabel('What do you do today?');
  await position.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(position).toHaveValue('managing');
  await page.getByLabel('Your engineering field').selectOption({ label: 'Mechanical' });
  await audit(page);
  const stored = await readStored(page);
  expect(stored.data.background).toEqual({ position: 'managing', field: 'mechanical' });
  // A manager whose answers lean technical is offered the way back, with its honest caveat.
  await seedAnswers(page, 1, 4);
  await page.evaluate(({ key, version, set }) => {
    const s = JSON.parse(localStorage.getItem(key)!);
    s.version = version;
    s.data.quiz.question_set = set;
    s.data.weights = '0000000';
    s.data.plan = { done: [], notes: {} };
    s.data.background = { position: 'managing', field: 'mechanical' };
    localStorage.setItem(key, JSON.stringify(s));
  }, { ...STORAGE, set: QUESTION_SET });
  await page.goto('results');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Technical track');
  await expect(page.getByLabel('What do you do today?')).toHaveValue('managing');
  const plan = page.getByRole('region', { name: 'Try before you switch: a 30/60/90-day plan' });
  await expect(plan).not.toContainText('You did not say what you do today');
  // The own field's role comes first among the technical roles; others are a change of field.
  await expect(page.locator('.match-list > li > a').first()).toHaveText('Mechanical Engineer');
  await expect(page.locator('.match-list > li', { hasText: 'Civil Engineer' }).locator('.change-of-field')).toHaveText('A change of field');
  await audit(page);
  // Unsaid, the plan assumes hands-on work and says so.
  await page.getByLabel('What do you do today?').selectOption({ label: 'Not said' });
  await expect(plan).toContainText('You did not say what you do today');
});
