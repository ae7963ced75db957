// The quiz as a person takes it: by keyboard only and by mouse, with validation, going back,
// focus on each new question, and the explained result at the end.
import { test, expect, appReady, answerAll, seedAnswers, questionCount as total, ADVANCE_PAUSE_MS, SCORED_THEMES } from './fixtures';
import type { Page } from '@playwright/test';

const TRUST = 'How far to trust this result';

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
  await expect(page).toHaveTitle(`Result: ${heading} · Crossroads`);
  const plot = page.locator('.score-plot svg[role="img"]');
  await expect(plot).toBeVisible();
  const caption = page.locator('.score-plot figcaption');
  await expect(caption).toContainText(/[Mm]anagement pull \d+ out of 100(,| and) technical pull \d+ out of 100/);
  if ((await caption.innerText()).includes('cannot carry a verdict')) {
    // Answers that cannot carry a verdict: the dot is the scores at face value only.
    expect(heading).toBe('Undecided');
    await expect(caption).toContainText('so the result is Undecided');
  } else {
    await expect(caption).toContainText(`inside the ${heading} area`);
  }
  await expect(page.getByRole('heading', { name: 'How firm this result is' })).toBeVisible();
  await expect(page.locator('.theme-table tbody tr')).toHaveCount(SCORED_THEMES.length);
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
    await tabTo(page, page.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');
  }
  // The optional last step, skipped by keyboard too.
  await expect(page.locator('#quiz-position')).toHaveText('Last step (optional)');
  await expect(page.getByRole('heading', { name: 'Your last six months' })).toBeFocused();
  await audit(page);
  await tabTo(page, page.getByRole('button', { name: 'See my result' }));
  await page.keyboard.press('Enter');
  // Space picks the first option and two arrow presses move on: Neutral for every statement,
  // and (the arrows wrap) the first option of each either-or question.
  await expectResultPage(page, 'Undecided');
  const trust = page.getByRole('complementary', { name: TRUST });
  await expect(trust).toContainText('Low confidence');
  await expect(trust).toContainText('the same answer (Neutral) to every statement');
  await expect(page.locator('.why-summary')).toContainText('Your answers cannot carry a verdict');
  await expect(page.locator('.why-none').first()).toContainText('No answer pulled this way');
  await audit(page);
});

test('complete the quiz by mouse and follow a suggested role', async ({ page, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  const n = await total(page);
  // Strongly agree with every statement, reversed ones included; the first option of each
  // either-or question. The scores alone would make a hybrid; the heading says Undecided.
  await answerAll(page, (count) => (count >= 5 ? 4 : 0));
  await expectResultPage(page, 'Undecided');
  await expect(page.locator('.why-summary')).toContainText('Your answers cannot carry a verdict');
  await expect(page.locator('.why-list li').first()).toContainText('You answered: Strongly agree');
  const trust = page.getByRole('complementary', { name: TRUST });
  await expect(trust).toContainText('Low confidence');
  await expect(trust).toContainText('the same answer (Strongly agree) to every statement');
  await expect(page.locator('.lede')).toContainText('Your answers cannot carry a verdict');
  await expect(page.locator('.lede')).toContainText('Taken at face value');
  await expect(page.locator('.score-plot figcaption')).toContainText('cannot carry a verdict, so the result is Undecided');
  // The full list is there on demand.
  await page.getByText('Every answer and its effect').click();
  await expect(page.locator('.all-effects tbody tr')).toHaveCount(n);
  await audit(page);
  // As for anyone undecided, the roles that mix both tracks come first.
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
  // A tap on an answer clears the message and moves on by itself.
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await expect(page.getByRole('alert')).toHaveText('');
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
});

test('going back keeps answers and the title follows the step', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  await expect(page).toHaveTitle(/^Question 1 of \d+ · Crossroads$/);
  await page.getByRole('radio', { name: 'Disagree', exact: true }).check();
  await expect(page).toHaveTitle(/^Question 2 of \d+ · Crossroads$/);
  await page.getByRole('radio', { name: 'Strongly agree', exact: true }).check();
  await expect(page).toHaveTitle(/^Question 3 of \d+ · Crossroads$/);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('radio', { name: 'Strongly agree', exact: true })).toBeChecked();
  // A tap on the answer already chosen moves on as well.
  await page.getByText('Strongly agree', { exact: true }).click();
  await expect(page).toHaveTitle(/^Question 3 of \d+ · Crossroads$/);
});

test('number keys answer from the moment a question shows, and Enter moves on', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  // Nothing focused yet: a digit answers and moves on by itself.
  await page.keyboard.press('5');
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
  // Arrow keys only choose; Enter moves on.
  await tabTo(page, page.locator('fieldset input[type="radio"]').first());
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  // Longer than the pause before a tap moves on: arrows must not have started one.
  await page.waitForTimeout(ADVANCE_PAUSE_MS * 2);
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 3 of/);
  // After a resume, digits work at once too.
  await page.goto('quiz');
  await page.getByRole('button', { name: /^Continue/ }).click();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 3 of/);
  await page.keyboard.press('2');
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 4 of/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Strongly agree', exact: true })).toBeChecked();
});

test('the printed result fits on one page', async ({ page, browserName }) => {
  await page.goto('quiz');
  await appReady(page);
  await answerAll(page, (count, i) => (i % 3 === 0 ? 1 : Math.min(count, 5) - 2));
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

test('agreeing with nearly everything gets a plain warning, not a confident verdict', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  // Agree with every statement, reversed ones included, and Strongly agree with the first:
  // not identical answers, but a habit of agreeing.
  await answerAll(page, (count, i) => (count < 5 ? 0 : i === 1 ? 4 : 3));
  const trust = page.getByRole('complementary', { name: TRUST });
  await expect(trust).toContainText('Low confidence');
  await expect(trust).toContainText('the same way, agreeing (or disagreeing) with both sides');
  await expect(trust).toContainText(/you agreed with \d+ and disagreed with only \d+/);
  await expect(page.locator('main h1')).toHaveText('Undecided');
  await expect(page.locator('.lede')).toContainText('Your answers cannot carry a verdict');
});

test('"Does not apply to me" is offered apart and counts for neither scale', async ({ page, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  let offered = 0;
  await answerAll(page, (count) => {
    if (count === 6) offered++;
    return count === 6 ? 5 : count >= 5 ? 3 : 0;
  });
  expect(offered, 'statements about dependants').toBe(2);
  await page.getByText('Every answer and its effect').click();
  const rows = page.locator('.all-effects tbody tr', { hasText: 'Does not apply to me' });
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('td').last()).toHaveText('Moved neither score: it does not apply to you');
  await audit(page);
});

test('the last six months can contradict the answers; what is typed stays plain text', async ({ page, audit }) => {
  await seedAnswers(page, 4, 1);
  await page.goto('quiz?step=six-months');
  await expect(page.getByRole('heading', { name: 'Your last six months' })).toBeVisible();
  await expect(page).toHaveTitle('Your last six months · Crossroads');
  const markup = '<img src=x onerror="document.title=1"> rewrote the load model';
  for (const [what, rating] of [[markup, 'Very satisfying'], ['Tuned the test rig', 'Satisfying']]) {
    await page.getByRole('button', { name: 'Add a piece of work' }).click();
    const item = page.locator('fieldset.recent-item').last();
    const field = item.getByLabel('What was it?');
    await expect(field).toBeFocused();
    await field.fill(what);
    await field.press('Tab');
    await item.getByRole('radio', { name: rating, exact: true }).check();
    await item.getByRole('radio', { name: 'Mostly hands-on technical work' }).check();
  }
  // The field holds at most 80 characters.
  await page.getByRole('button', { name: 'Add a piece of work' }).click();
  const third = page.locator('fieldset.recent-item').last().getByLabel('What was it?');
  await third.fill('x'.repeat(200));
  expect((await third.inputValue()).length).toBe(80);
  await expect(page.locator('.recent-status')).toHaveText('2 of 3 complete. A piece of work counts once it has a description, a rating and a kind.');
  await audit(page);
  await page.getByRole('button', { name: 'Remove piece of work 3' }).click();
  await expect(page.locator('.recent-status')).toHaveText('2 of 2 complete: all of them will count.');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('main h1')).toHaveText('Management track');
  const trust = page.getByRole('complementary', { name: TRUST });
  await expect(trust).toContainText('Medium confidence');
  await expect(trust).toContainText('Your answers point to the management track, but the work you rated over the last six months points towards the technical track.');
  await expect(page.locator('.recent-what').first()).toHaveText(markup);
  await expect(page.locator('main img')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.recent-what')).toHaveCount(2);
  await audit(page);
});
