// A slow phone: the pre-rendered quiz can be answered before the app has arrived, nothing
// tapped early is lost, and what a pre-rendered page says while it waits is true for a first
// visit and for a returning one. The wasm is held back on purpose to stand for a slow network.
import { test, expect, STORAGE, LANGUAGES, quizContent, seedAnswers, folder } from './fixtures';
import type { Browser, Page } from '@playwright/test';

/** A phone whose app does not arrive until `release()` is called. */
async function heldBack(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return { context, page, release };
}

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE.key);

for (const language of LANGUAGES) {
  const prefix = folder(language);
  test(`${language.code}: an answer tapped before the app arrives counts once it takes over`, async ({ browser, baseURL }) => {
    const { context, page, release } = await heldBack(browser, baseURL!);
    await page.goto(`${prefix}quiz`, { waitUntil: 'domcontentloaded' });
    // The first question, answerable as painted; nothing claims saved progress.
    const radios = page.locator('#static-shell main input[type=radio][name=answer]');
    await expect(radios.first()).toBeVisible();
    await expect(page.locator('#static-shell .if-saved')).toBeHidden();
    const first = quizContent()[0];
    // Tapped twice: the later answer is the one kept, as on the app's own form.
    await radios.nth(1).tap();
    await radios.nth(3).tap();
    await expect(radios.nth(3)).toBeChecked();
    await expect(page.locator('#pace-tip')).toHaveText(await page.locator('#pace-tip').getAttribute('data-kept') ?? 'missing');
    // Next does not send the page anywhere before the app has arrived.
    await page.locator('#static-shell button[type=submit]').tap();
    expect(new URL(page.url()).search).toBe('');
    release();
    await expect(page.locator('#static-shell')).toHaveCount(0);
    // The app carries on from the tap: the second question, the answer stored as core writes it.
    await expect(page).toHaveURL(/[?&]q=2$/);
    await expect(page.locator('#quiz-position')).toContainText('2');
    const saved = await stored(page);
    expect(saved.version).toBe(STORAGE.version);
    expect(saved.data.quiz.answers).toEqual({ [first.id]: 4 });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':early')))).toEqual([]);
    await context.close();
  });
}

test('arrow keys on the pre-rendered question only choose, as in the app: the quiz stays on it', async ({ browser, baseURL }) => {
  const { context, page, release } = await heldBack(browser, baseURL!);
  await page.goto('quiz', { waitUntil: 'domcontentloaded' });
  const radios = page.locator('#static-shell main input[name=answer]');
  await radios.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(radios.nth(1)).toBeChecked();
  release();
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 1 of/);
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  expect((await stored(page)).data.quiz.answers).toEqual({ [quizContent()[0].id]: 2 });
  await context.close();
});

test('a number key answers the pre-rendered question too, and a reload before the app loses nothing', async ({ browser, baseURL }) => {
  const { context, page, release } = await heldBack(browser, baseURL!);
  await page.goto('quiz', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#static-shell main input[name=answer]').first()).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.locator('#static-shell main input[name=answer]').nth(1)).toBeChecked();
  await page.reload({ waitUntil: 'domcontentloaded' });
  release();
  await expect(page.locator('#static-shell')).toHaveCount(0);
  expect((await stored(page)).data.quiz.answers).toEqual({ [quizContent()[0].id]: 2 });
  await context.close();
});

test('while the app is on its way, a first visit sees its page and a returning one a true status', async ({ browser, baseURL, page }) => {
  // A first visit: the first question and the empty result, never "saved progress".
  const fresh = await heldBack(browser, baseURL!);
  const firstVisit: Record<string, string> = { quiz: 'Question 1 of', results: 'appears here once every question', history: 'No finished quiz yet', check: 'Check your answers' };
  for (const [path, words] of Object.entries(firstVisit)) {
    await fresh.page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(fresh.page.locator('#static-shell main .if-new'), path).toBeVisible();
    await expect(fresh.page.locator('#static-shell main'), path).toContainText(words);
    await expect(fresh.page.getByText('Loading your saved progress'), path).toBeHidden();
  }
  await fresh.context.close();
  // Someone with a finished quiz: the status line only, none of a first visit's words.
  await seedAnswers(page, 3, 1);
  const state = await page.evaluate((key) => localStorage.getItem(key), STORAGE.key);
  const back = await heldBack(browser, baseURL!);
  await back.page.goto('', { waitUntil: 'domcontentloaded' });
  await back.page.evaluate(([key, value]) => localStorage.setItem(key, value!), [STORAGE.key, state]);
  for (const path of ['quiz', 'results', 'history', 'check']) {
    await back.page.goto(path, { waitUntil: 'domcontentloaded' });
    await expect(back.page.getByText('Loading your saved progress'), path).toBeVisible();
    await expect(back.page.locator('#static-shell main input[name=answer]').first(), path).toBeHidden();
    await expect(back.page.locator('#static-shell main .if-new'), path).toBeHidden();
  }
  back.release();
  await expect(back.page.locator('#static-shell')).toHaveCount(0);
  await expect(back.page.getByText('Loading your saved progress')).toHaveCount(0);
  await back.context.close();
});
