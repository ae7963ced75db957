// Progress that survives: reloads, new tabs, blocked or full storage, damaged data, links,
// export and import, history and deletion.
// Also runs under /crossroads/: progress links and where saved data lives.
import { test, expect, appReady, answerAll, quizContent, STORAGE, LINK_PREFIX } from './fixtures';
import type { Page, BrowserContext } from '@playwright/test';
import fs from 'node:fs';

const KEY = STORAGE.key;

/** Answers the next `n` questions by tapping option `pick` (clamped to the answers on the scale). */
async function answer(page: Page, n: number, pick = 3) {
  for (let i = 0; i < n; i++) {
    const at = await page.locator('#quiz-position').innerText();
    const options = page.locator('fieldset label.option');
    const count = Math.min(await options.count(), 5);
    await options.nth(Math.min(pick, count - 1)).click();
    await expect(page.locator('#quiz-position')).not.toHaveText(at);
  }
}

async function finishQuiz(page: Page, pick: number) {
  await page.goto('quiz');
  await appReady(page);
  const start = page.getByRole('button', { name: 'Yes, clear my answers' });
  if (await page.getByRole('button', { name: 'Start over' }).isVisible()) {
    await page.getByRole('button', { name: 'Start over' }).click();
    await start.click();
  }
  await answerAll(page, (count) => Math.min(pick, Math.min(count, 5) - 1));
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

test('answer half the quiz, reload, and continue where you left off', async ({ page, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  await answer(page, 5, 1);
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 6 of/);
  // A reload stays on the question in the address.
  await expect(page).toHaveURL(/\/quiz\?q=6$/);
  await page.reload();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 6 of/);
  // The bare quiz address welcomes the person back instead.
  await page.goto('quiz');
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(page.getByText(/You have answered 5 of \d+ questions/)).toBeVisible();
  await audit(page);
  await page.getByRole('button', { name: /^Continue \(question 6 of \d+\)$/ }).click();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 6 of/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('fieldset input').nth(1)).toBeChecked();
});

test('closing and reopening the page keeps the answers; starting over asks first', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('quiz');
  await appReady(first);
  await answer(first, 3, 4);
  await first.close();
  const again = await context.newPage();
  await again.goto('quiz');
  await expect(again.getByText(/You have answered 3 of/)).toBeVisible();
  await again.getByRole('button', { name: 'Start over' }).click();
  await expect(again.getByText('This clears your 3 answers', { exact: false })).toBeVisible();
  await again.getByRole('button', { name: 'No, keep them' }).click();
  await expect(again.getByText(/You have answered 3 of/)).toBeVisible();
  await again.getByRole('button', { name: 'Start over' }).click();
  await again.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(again.locator('#quiz-position')).toHaveText(/^Question 1 of/);
  await expect(again.locator('fieldset input:checked')).toHaveCount(0);
});

test('two tabs stay in step without overwriting each other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('roles');
  await b.goto('roles');
  await appReady(a);
  await appReady(b);
  await a.getByRole('button', { name: 'Shortlist Civil Engineer' }).click();
  await expect(b.getByRole('region', { name: 'Your shortlist' })).toContainText('Civil Engineer');
  await b.getByRole('button', { name: 'Shortlist Quality Manager' }).click();
  await expect(a.getByRole('region', { name: 'Your shortlist' })).toContainText('Quality Manager');
  await expect(a.getByRole('region', { name: 'Your shortlist' })).toContainText('Civil Engineer');
  await expect(a.getByRole('button', { name: 'Shortlist Quality Manager' })).toHaveAttribute('aria-pressed', 'true');
  const saved = JSON.parse((await stored(a))!);
  expect(saved.data.shortlist).toEqual(['civil-engineer', 'quality-manager']);
});

test('damaged storage is kept under a backup key and the app starts clean', async ({ page, audit }) => {
  await page.goto('');
  await appReady(page);
  await page.evaluate((k) => localStorage.setItem(k, '{"app":"crossroads","version":2,"data":{broken'), KEY);
  await page.reload();
  await appReady(page);
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  await audit(page);
  const backups = await page.evaluate((prefix) =>
    Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => localStorage.getItem(k)),
  STORAGE.backup_prefix);
  expect(backups).toEqual(['{"app":"crossroads","version":2,"data":{broken']);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await answer(page, 1);
  expect(JSON.parse((await stored(page))!).version).toBe(STORAGE.version);
});

test('blocked storage: the app works in memory and says so', async ({ page, audit }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('quiz');
  await appReady(page);
  await expect(page.getByText(/blocking storage for Crossroads/)).toBeVisible();
  await audit(page);
  await answer(page, 2);
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 3 of/);
  await page.getByRole('link', { name: 'Roles' }).click();
  await page.getByRole('button', { name: 'Shortlist Software Engineer' }).click();
  await expect(page.getByRole('region', { name: 'Your shortlist' })).toContainText('Software Engineer');
});

test('full storage: the failed save is visible and nothing saved is lost', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  await answer(page, 1, 4);
  const before = await stored(page);
  expect(before).toContain(quizContent()[0].id);
  const filled = await page.evaluate(() => {
    let n = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, chunk);
      } catch {}
    }
    return n;
  });
  expect(filled).toBeGreaterThan(5);
  await answer(page, 1, 4);
  await expect(page.getByText(/could not be saved because this browser's storage for the site is full/)).toBeVisible();
  expect(await stored(page)).toBe(before);
  // Free space again: the next change saves and the notice goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await answer(page, 1, 4);
  await expect(page.getByText(/could not be saved/)).toHaveCount(0);
  expect(JSON.parse((await stored(page))!).data.quiz.step).toBe(3);
});

test('data from a newer version is left untouched', async ({ page }) => {
  const future = fs.readFileSync(`${__dirname}/../../core/tests/fixtures/store-v99-from-the-future.json`, 'utf8');
  await page.goto('');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, future]);
  await page.goto('quiz');
  await appReady(page);
  await expect(page.getByText(/saved by a newer version of Crossroads \(format 99\)/)).toBeVisible();
  await answer(page, 2);
  expect(await stored(page)).toBe(future);
});

async function progressLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy a link to my answers' }).click();
  const link = await page.getByLabel('Your progress link').inputValue();
  expect(link).toMatch(new RegExp(`/quiz#${LINK_PREFIX.replace('.', '\\.')}[0-9A-Za-z_-]+$`));
  return link;
}

test('a bookmarked link restores the answers in a fresh browser', async ({ page, browser }) => {
  await page.goto('quiz');
  await appReady(page);
  await answer(page, 4, 2);
  const link = await progressLink(page);
  const fresh: BrowserContext = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('Answers restored from your link.')).toBeVisible();
  await expect(other.getByText(/You have answered 4 of/)).toBeVisible();
  expect(new URL(other.url()).hash).toBe('');
  await other.getByRole('button', { name: /^Continue/ }).click();
  await expect(other.locator('#quiz-position')).toHaveText(/^Question 5 of/);
  await fresh.close();
});

test('a link that differs from saved progress asks which to keep', async ({ page, context, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  await answer(page, 2, 0);
  const link = await progressLink(page);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.locator('fieldset label.option').nth(4).click();
  const tab = await context.newPage();
  await tab.goto(link);
  await expect(tab.getByText('Which answers do you want to keep?')).toBeVisible();
  await audit(tab);
  await tab.getByRole('button', { name: "Use the link's answers" }).click();
  await expect(tab.getByText('Answers restored from your link.')).toBeVisible();
  const saved = JSON.parse((await stored(tab))!);
  expect(saved.data.quiz.answers[quizContent()[1].id]).toBe(1);
});

test('a mangled link is refused with a clear message and changes nothing', async ({ page, audit }) => {
  await page.goto('quiz');
  await appReady(page);
  await answer(page, 1);
  const before = await stored(page);
  for (const bad of ['#q1.zzzzz', '#q9.00', '#q1.0000000000000!', '#q2.!!', '#q2.' + 'A'.repeat(20)]) {
    // Opened fresh, and pasted into the address bar of the open page (a fragment change only).
    await page.goto('roles');
    await page.goto(`quiz${bad}`);
    const refused = page.getByText(/That progress link could not be used\./);
    await expect(refused).toBeVisible();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    await expect(refused).toHaveCount(0);
    await page.evaluate((hash) => (location.hash = hash), bad);
    await expect(refused).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
  }
  await audit(page);
  expect(await stored(page)).toBe(before);
});

test('export, then import into a fresh browser, gives the same state', async ({ page, browser }) => {
  await finishQuiz(page, 4);
  await page.goto('roles/chemical-engineer');
  await page.getByRole('button', { name: 'Shortlist Chemical Engineer' }).click();
  await page.goto('history');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^crossroads-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('history');
  await appReady(other);
  await other.setInputFiles('input[type="file"]', file);
  await expect(other.getByText(/Imported: your answers, one finished attempt/)).toBeVisible();
  await expect(other.locator('table.attempts tbody tr')).toHaveCount(1);
  const imported = JSON.parse((await other.evaluate((k) => localStorage.getItem(k), KEY))!);
  expect(imported.data).toEqual(exported.data);
  await other.goto('quiz');
  await expect(other.getByRole('heading', { name: 'You have answered every question' })).toBeVisible();
  await fresh.close();
});

test('importing the wrong file explains why and keeps the data', async ({ page, audit }) => {
  await page.goto('history');
  await appReady(page);
  await page.setInputFiles('input[type="file"]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toHaveText('Nothing was imported. The file is not a Crossroads export (it is not JSON).');
  await page.setInputFiles('input[type="file"]', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x"}') });
  await expect(page.getByRole('alert')).toHaveText('Nothing was imported. The file is JSON, but not a Crossroads export.');
  await audit(page);
});

test('history shows every attempt, charts the lean and deletes entries', async ({ page, audit }) => {
  test.setTimeout(120_000); // two whole quizzes
  await finishQuiz(page, 0);
  await finishQuiz(page, 4);
  await page.goto('history');
  await appReady(page);
  const rows = page.locator('table.attempts tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(page.locator('.lean-chart figcaption')).toHaveText(/The gap between your management and technical scores across 2 attempts: first /);
  await expect(page.locator('.lean-chart circle')).toHaveCount(2);
  await audit(page);
  await rows.first().getByRole('button', { name: /^Delete the attempt of/ }).click();
  await expect(rows).toHaveCount(1);
  expect(JSON.parse((await stored(page))!).data.history).toHaveLength(1);
});

test('delete all my data asks, then clears everything', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  await answer(page, 2);
  await page.goto('history');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await stored(page)).not.toBeNull();
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All your data was deleted from this browser.')).toBeVisible();
  expect(await stored(page)).toBeNull();
  await page.goto('quiz');
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 1 of/);
});

test('a link bookmarked from the first question set still opens, and says what carried over', async ({ page, audit }) => {
  // Made by the first release: every statement Agree, the three either-or questions technical.
  await page.goto('quiz#q1.ssgssqsssgssso');
  const told = page.getByText(/This link was made for an earlier set of questions: 6 of its answers carried over \(21 belonged to questions that are no longer asked\)/);
  await expect(told).toBeVisible();
  await audit(page);
  await expect(page.getByText(/You have answered 6 of \d+ questions/)).toBeVisible();
  const saved = JSON.parse((await stored(page))!);
  expect(saved.version).toBe(STORAGE.version);
  // No longer asked: counted in the message above, not carried over.
  expect(saved.data.quiz.answers['team-purpose']).toBeUndefined();
  expect(saved.data.quiz.answers['work-alone']).toBe(4);
  await page.getByRole('button', { name: /^Continue/ }).click();
  // The first question still open is a new one.
  await expect(page.locator('#quiz-position')).toHaveText(/^Question \d+ of/);
  await expect(page.locator('fieldset input:checked')).toHaveCount(0);
});

test('progress saved by the first release (format 1) loads with nothing lost', async ({ page }) => {
  const v1 = fs.readFileSync(`${__dirname}/../../core/tests/fixtures/store-v1.json`, 'utf8');
  const old = JSON.parse(v1);
  await page.goto('');
  await appReady(page);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, v1]);
  await page.goto('history');
  await appReady(page);
  const rows = page.locator('table.attempts tbody tr');
  await expect(rows).toHaveCount(old.data.history.length);
  await expect(rows.first()).toContainText('(earlier questions)');
  await expect(page.locator('table.attempts caption')).toContainText('scored with an earlier version of the quiz');
  await page.goto('roles');
  await appReady(page);
  // A role that no longer exists and a duplicate drop off; the rest stay in order.
  await expect(page.getByRole('region', { name: 'Your shortlist' }).getByRole('listitem')).toHaveText(['Civil Engineer×', 'Engineering Lead×']);
  // The first change writes the current format (3) and keeps every earlier answer, even to retired questions.
  await page.goto('quiz');
  await appReady(page);
  await page.getByRole('button', { name: /^Continue/ }).click();
  await answer(page, 1);
  const saved = JSON.parse((await stored(page))!);
  expect(saved.version).toBe(STORAGE.version);
  expect(saved.data.history).toHaveLength(old.data.history.length);
  expect(saved.data.shortlist).toEqual(['civil-engineer', 'engineering-lead']);
  expect(saved.data.history[0].question_set).toBe(1);
  for (const [id, digit] of Object.entries(old.data.quiz.answers)) {
    expect(saved.data.quiz.answers[id], id).toBe(digit);
  }
});
