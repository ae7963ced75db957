// The quiz as a person takes it: by keyboard only and by mouse, with validation, going back,
// focus on each new question, and the explained result at the end.
import { test, expect, appReady } from './fixtures';
import type { Page } from '@playwright/test';

const OUTCOMES = ['Management track', 'Technical track', 'Hybrid path', 'Undecided'];

async function total(page: Page): Promise<number> {
  const text = await page.locator('#quiz-position').innerText();
  return Number(/of (\d+)/.exec(text)![1]);
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>) {
  for (let i = 0; i < 15; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

async function expectResultPage(page: Page, heading: string) {
  await expect(page.locator('main h1')).toHaveText(heading);
  expect(OUTCOMES).toContain(heading);
  await expect(page).toHaveTitle(`Result: ${heading} · Crossroads`);
  const plot = page.locator('.score-plot svg[role="img"]');
  await expect(plot).toBeVisible();
  await expect(page.locator('.score-plot figcaption')).toContainText(/Management pull \d+ out of 100, technical pull \d+ out of 100/);
  await expect(page.locator('.lean-band figcaption')).toContainText('Your lean is');
  await expect(page.locator('.theme-table tbody tr')).toHaveCount(5);
  const roleLinks = page.locator('.match-list a');
  await expect(roleLinks).toHaveCount(5);
}

test('complete the quiz by keyboard only', async ({ page, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  const n = await total(page);
  for (let i = 1; i <= n; i++) {
    await expect(page.locator('#quiz-position')).toHaveText(`Question ${i} of ${n}`);
    if (i > 1) {
      // Focus moved to the new question.
      await expect(page.locator('#question-legend')).toBeFocused();
    }
    // Into the radio group, pick an option with the arrow keys, then on to the button.
    await tabTo(page, page.locator('fieldset input[type="radio"]').first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const last = i === n;
    await tabTo(page, page.getByRole('button', { name: last ? 'See my result' : 'Next' }));
    await page.keyboard.press('Enter');
  }
  // Space picks the first option and two arrow presses move on: Neutral for every statement,
  // and (the arrows wrap) the first option of each either-or question.
  await expectResultPage(page, 'Undecided');
  await expect(page.getByRole('complementary', { name: 'How far to trust this result' })).toContainText('Low confidence');
  await expect(page.locator('.why-none')).toContainText('None of your answers moved');
  await audit(page);
});

test('complete the quiz by mouse and follow a suggested role', async ({ page, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  const n = await total(page);
  for (let i = 1; i <= n; i++) {
    const options = page.locator('fieldset label.option');
    const count = await options.count();
    // Strongly agree with every statement; the first option of each either-or question.
    await options.nth(count === 5 ? 4 : 0).click();
    await page.getByRole('button', { name: i === n ? 'See my result' : 'Next' }).click();
  }
  await expectResultPage(page, 'Hybrid path');
  await expect(page.locator('.why-list li')).toHaveCount(5);
  await expect(page.locator('.why-list li').first()).toContainText('You answered: Strongly agree');
  await expect(page.getByRole('complementary', { name: 'How far to trust this result' })).toContainText('the same answer (Strongly agree) to every statement');
  // The full list is there on demand.
  await page.getByText('Every answer and its effect').click();
  await expect(page.locator('.all-effects tbody tr')).toHaveCount(n);
  await audit(page);
  // A hybrid result puts the roles that mix both tracks first.
  const first = page.locator('.match-list a').first();
  const title = await first.innerText();
  expect(['Engineering Lead', 'Systems Architect']).toContain(title);
  await first.click();
  await expect(page.locator('main h1')).toHaveText(title);
});

test('Next without an answer explains what is missing', async ({ page, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose an answer to continue.');
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 1 of/);
  await audit(page);
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await expect(page.getByRole('alert')).toHaveText('');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
});

test('going back keeps answers and the title follows the step', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  await expect(page).toHaveTitle(/^Question 1 of \d+ · Crossroads$/);
  await page.getByRole('radio', { name: 'Disagree', exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveTitle(/^Question 2 of \d+ · Crossroads$/);
  await page.getByRole('radio', { name: 'Strongly agree', exact: true }).check();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('radio', { name: 'Strongly agree', exact: true })).toBeChecked();
});

test('number keys answer only while focus is in the quiz', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  await page.locator('body').press('5');
  await expect(page.getByRole('radio', { name: 'Strongly agree', exact: true })).not.toBeChecked();
  await page.locator('#question-legend').focus();
  await page.keyboard.press('5');
  await expect(page.getByRole('radio', { name: 'Strongly agree', exact: true })).toBeChecked();
  await page.keyboard.press('2');
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
});

test('the printed result fits on one page', async ({ page, browserName }, testInfo) => {
  test.skip(testInfo.project.name !== 'root', 'print layout does not depend on the deployment path');
  await page.goto('quiz');
  await appReady(page);
  const n = await total(page);
  for (let i = 1; i <= n; i++) {
    const options = page.locator('fieldset label.option');
    await options.nth(i % 3 === 0 ? 1 : (await options.count()) - 2).click();
    await page.getByRole('button', { name: i === n ? 'See my result' : 'Next' }).click();
  }
  await expect(page.locator('main h1')).toHaveText(/track|path|Undecided/);
  // The whole report, which renders a frame after its verdict, must be on the page.
  await expect(page.locator('.report-actions')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.report-actions')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length, `${browserName} printed ${pages.length} pages`).toBe(1);
});
