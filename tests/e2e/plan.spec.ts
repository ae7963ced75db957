// Try before you switch: the 30/60/90-day plan under every result, ticked and noted by
// keyboard, kept across reloads, counted on the home page, and part of the saved data.
import { test, expect, appReady, seedAnswers, readStored, STORAGE } from './fixtures';

test('a technical result gets a plan of management experiments that can be ticked, noted and resumed', async ({ page, audit }) => {
  await seedAnswers(page, 1, 4);
  await page.goto('results');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Technical track');
  const plan = page.getByRole('region', { name: 'Try before you switch: a 30/60/90-day plan' });
  await expect(plan).toContainText('ways to grow on the technical path, with one trial of management so that you do not rule it out too early');
  await expect(plan).toContainText('You did not say what you do today');
  for (const month of ['Days 1 to 30', 'Days 31 to 60', 'Days 61 to 90']) {
    await expect(plan.getByRole('heading', { name: month })).toBeVisible();
  }
  const steps = plan.locator('.plan-step');
  await expect(steps).toHaveCount(6);
  await expect(steps.locator('.plan-notice')).toHaveText(Array(6).fill(/^Notice: .+\?$/));
  await expect(plan).toContainText('None of this is a one-way door');
  await expect(plan.getByRole('heading', { name: 'Keeping your technical skills as a manager' })).toBeVisible();
  await audit(page);
  // Each note box stays folded until its step is ticked (or opened).
  await expect(steps.first().getByLabel('Your notes')).toBeHidden();
  // By keyboard: the first step's box, Space to tick, Tab on to its note.
  const first = steps.first().getByRole('checkbox');
  const title = await steps.first().locator('label').first().innerText();
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  // Ticking a step starts the plan.
  await expect(plan.locator('.plan-day')).toHaveText('Day 1 of 90.');
  await expect(steps.first().getByLabel('Your notes')).toBeVisible();
  await expect(steps.nth(1).getByLabel('Your notes')).toBeHidden();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(steps.first().getByLabel('Your notes')).toBeFocused();
  await page.keyboard.type('The meeting gave me energy.');
  await page.keyboard.press('Tab');
  await page.reload();
  await appReady(page);
  await expect(steps.first().getByRole('checkbox')).toBeChecked();
  await expect(steps.first().getByLabel('Your notes')).toHaveValue('The meeting gave me energy.');
  await expect(steps.first().locator('label').first()).toHaveText(title);
  const stored = await readStored(page);
  expect(stored.version).toBe(STORAGE.version);
  expect(stored.data.plan.done).toHaveLength(1);
  expect(Object.values(stored.data.plan.notes)).toEqual(['The meeting gave me energy.']);
  // The home page counts the days.
  await page.getByRole('link', { name: 'Crossroads' }).click();
  await expect(page.locator('.plan-status')).toHaveText('Your plan: day 1 of 90, 1 step ticked.');
  await page.locator('.plan-status a').click();
  await expect(page.locator('main h1')).toHaveText('Technical track');
});

test('after day 90 the home page invites a retake and a comparison in History', async ({ page }) => {
  await seedAnswers(page, 1, 4);
  await page.goto('results');
  await appReady(page);
  await page.getByRole('button', { name: 'Start the plan today' }).click();
  await expect(page.locator('.plan-day')).toHaveText('Day 1 of 90.');
  // Move the start back 95 days, as if the plan had run its course.
  await page.evaluate((key) => {
    const state = JSON.parse(localStorage.getItem(key)!);
    const start = new Date(Date.now() - 95 * 86_400_000).toISOString().slice(0, 10);
    state.data.plan.started = start;
    localStorage.setItem(key, JSON.stringify(state));
  }, STORAGE.key);
  await page.goto('');
  await appReady(page);
  const status = page.locator('.plan-status');
  await expect(status).toContainText('Your 90 days are up. Retake the quiz and compare the new result with this one in your history.');
  await status.getByRole('link', { name: 'your history' }).click();
  await expect(page.locator('main h1')).toHaveText('Your history');
});

test('hybrid and undecided results try both sides and name the roles that mix them', async ({ page }) => {
  await seedAnswers(page, 4, 4);
  await page.goto('results');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Hybrid path');
  const plan = page.getByRole('region', { name: 'Try before you switch: a 30/60/90-day plan' });
  await expect(plan).toContainText('one trial of management you can run from a hands-on job and one step on the technical path');
  await expect(plan.getByRole('link', { name: 'Engineering Lead' })).toBeVisible();
  await expect(plan.getByRole('link', { name: 'Systems Architect' })).toBeVisible();
});
