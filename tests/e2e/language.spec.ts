// The Spanish edition as a person meets it: the quiz in Spanish by keyboard to every outcome,
// the language switch keeping the page, the answers and the scores, the remembered choice, the
// pre-rendered Spanish pages without JavaScript, no English left on any Spanish page, and axe.
// Spanish words come from the build's facts (the content), never restated here.
// Also runs under /crossroads/: each language's folder under the path.
import { test, expect, appReady, seedAnswers, readStored, quizContent, answerFor, lean, ROUTES, ROLE_COUNT, LANGUAGES, STORAGE, folder } from './fixtures';
import type { Page } from '@playwright/test';

const [EN, ES] = LANGUAGES;

// Points (0-4) per scale (management, technical, leadership) that give each outcome, in the
// order of the facts' outcome names.
const POINTS: [number, number, number][] = [
  [4, 1, 1],
  [1, 4, 1],
  [1, 4, 4],
  [3, 3, 3],
  [1, 1, 1],
];

/** Words that only English uses, as whole words: none may show on a Spanish page. */
const ENGLISH_ONLY = /\b(the|and|your|you|with|what|which|this|that|of|to|is|are|for|how|from|not)\b/gi;
const ENGLISH_WORD = new RegExp(ENGLISH_ONLY.source, 'i');

/** The page's visible text, one line per block, and its title and description. */
async function visibleLines(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const head = [await page.title(), (await page.locator('meta[name=description]').getAttribute('content')) ?? ''];
  return [...head, ...text.split('\n')].map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The language switch in the header, named in the language it leads to. */
const switchTo = (page: Page, language: (typeof LANGUAGES)[number]) =>
  page.getByRole('banner').getByRole('link', { name: language.name, exact: true });

/** Answers every question with the number key for the given points, as the keyboard does. */
async function answerByKeys(page: Page, management: number, technical: number, leadership: number) {
  const items = quizContent();
  for (const [i, item] of items.entries()) {
    await expect(page).toHaveURL(new RegExp(`[?&]q=${i + 1}$`));
    const key = answerFor(item, lean(management, technical, leadership));
    await page.keyboard.press(String(key));
  }
  await expect(page.locator('#quiz-position')).toHaveText(ES.words.last_step);
}

for (const [index, [management, technical, leadership]] of POINTS.entries()) {
  const outcome = ES.words.outcomes[index];
  test(`the quiz in Spanish by keyboard to "${outcome}", the same result in English`, async ({ page, audit }) => {
    await page.goto(`${folder(ES)}quiz`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', ES.code);
    await answerByKeys(page, management, technical, leadership);
    const see = page.getByRole('button', { name: ES.words.see_my_result });
    for (let i = 0; i < 15 && !(await see.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(see).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText(outcome);
    await expect(page).toHaveURL(new RegExp(`/${folder(ES)}results$`));
    const caption = await page.locator('.score-plot figcaption').innerText();
    await expect(page.locator('#why-heading')).toBeVisible();
    await audit(page);
    // One computation, two renderings: the same stored answers read in English.
    await switchTo(page, EN).click();
    await expect(page).toHaveURL(/\/results$/);
    await expect(page.locator('html')).toHaveAttribute('lang', EN.code);
    await expect(page.locator('main h1')).toHaveText(EN.words.outcomes[index]);
    const numbers = (text: string) => text.match(/\d+/g);
    expect(numbers(await page.locator('.score-plot figcaption').innerText())).toEqual(numbers(caption));
  });
}

test('switching language mid-quiz keeps the question, every answer and the scores', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  for (const [i, key] of ['5', '1', '4', '2'].entries()) {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(new RegExp(`q=${i + 2}$`));
  }
  const before = await readStored(page);
  await switchTo(page, ES).click();
  await expect(page).toHaveURL(new RegExp(`/${folder(ES)}quiz\\?q=5$`));
  await expect(page.locator('html')).toHaveAttribute('lang', ES.code);
  await appReady(page);
  await expect(page.locator('#quiz-position')).toContainText(`5`);
  await expect(page.locator('#quiz-position')).toContainText(String(quizContent().length));
  expect((await readStored(page)).data.quiz.answers).toEqual(before.data.quiz.answers);
  // Going on in Spanish, then back to English: nothing is lost either way.
  await page.keyboard.press('3');
  await expect(page).toHaveURL(/q=6$/);
  await switchTo(page, EN).click();
  await expect(page).toHaveURL(/\/quiz\?q=6$/);
  await appReady(page);
  await expect(page.locator('#quiz-position')).toHaveText(`Question 6 of ${quizContent().length}`);
  const after = (await readStored(page)).data.quiz.answers;
  expect(Object.keys(after)).toHaveLength(5);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Neutral', exact: true })).toBeChecked();
});

test('the switch on every page leads to the same page in the other language', async ({ page, baseURL }) => {
  await seedAnswers(page, 4, 1);
  for (const route of [...ROUTES, '/compare?roles=civil-engineer,engineering-lead', '/roles?track=technical']) {
    await page.goto(route.slice(1));
    await appReady(page);
    const link = switchTo(page, ES);
    await expect(link).toHaveAttribute('hreflang', ES.code);
    const target = new URL((await link.getAttribute('href'))!, page.url());
    const expected = new URL(`${folder(ES)}${route.slice(1)}`, baseURL);
    expect(target.pathname + target.search, route).toBe(expected.pathname + expected.search);
  }
  // Within the app too: after moving between pages, the switch follows.
  await page.goto('');
  await appReady(page);
  await page.getByRole('navigation').first().getByRole('link').nth(1).click();
  await expect(switchTo(page, ES)).toHaveAttribute('href', new RegExp(`/${folder(ES)}roles$`));
});

test('the chosen language is remembered; a first visit to the root never redirects', async ({ browser, baseURL }) => {
  // A browser that prefers Spanish, on its first visit: the root stays English.
  const context = await browser.newContext({ baseURL, locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('');
  await appReady(page);
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe(new URL(baseURL!).pathname);
  await expect(page.locator('html')).toHaveAttribute('lang', EN.code);
  // Choosing Spanish is remembered: the root now opens in Spanish, keeping nothing else.
  await switchTo(page, ES).click();
  await expect(page.locator('html')).toHaveAttribute('lang', ES.code);
  await page.goto('');
  await expect(page).toHaveURL(new RegExp(`/${folder(ES)}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', ES.code);
  // An address in English is still shown in English, and choosing English is remembered too.
  await page.goto('roles');
  await expect(page.locator('html')).toHaveAttribute('lang', EN.code);
  await page.goto(folder(ES));
  await switchTo(page, EN).click();
  await expect(page.locator('html')).toHaveAttribute('lang', EN.code);
  await page.goto('');
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe(new URL(baseURL!).pathname);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE.language_key)).toBe(EN.code);
  await context.close();
});

test('no English sentence on any Spanish page, in any state', async ({ page }) => {
  test.setTimeout(180_000);
  await seedAnswers(page, 3, 3, [], []);
  const pages = [...ROUTES.map((r) => r.slice(1)), 'compare?roles=civil-engineer,engineering-lead', '404.html'];
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await appReady(page);
    const english = new Set((await visibleLines(page)).filter((l) => /[a-z]{3}.* [a-z]{3}/i.test(l)));
    await page.goto(`${folder(ES)}${path}`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', ES.code);
    for (const line of await visibleLines(page)) {
      // A whole line the English page shows too, or a word only English uses.
      if (english.has(line)) found.push(`/${folder(ES)}${path}: "${line}" is the English page's`);
      const words = [...new Set(line.match(ENGLISH_ONLY) ?? [])];
      if (words.length) found.push(`/${folder(ES)}${path}: "${line}" has ${words.join(', ')}`);
    }
  }
  console.log(`Spanish pages read: ${pages.length}; English found: ${found.length}`);
  expect(found).toEqual([]);
});

test('Spanish pages pass axe', async ({ page, audit }) => {
  await seedAnswers(page, 4, 1);
  for (const path of ['', 'quiz', 'roles?track=management', 'roles/quality-manager', 'compare?roles=civil-engineer,engineering-lead', 'history', 'method', 'check', 'results']) {
    await page.goto(`${folder(ES)}${path}`);
    await appReady(page);
    await audit(page);
  }
});

test('the Spanish pre-rendered pages read without JavaScript, with their language and alternates', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const route of ROUTES) {
    const path = `${folder(ES)}${route.slice(1)}`;
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', ES.code);
    await expect(page.locator('main h1')).not.toBeEmpty();
    const lines = await visibleLines(page);
    expect(lines.join(' ').match(ENGLISH_ONLY), `/${path}`).toBeNull();
    // Each page names itself in every language, English also for any other.
    // (A full address when the build was given the site's, as `cargo xtask dist <address>`.)
    for (const language of LANGUAGES) {
      const alternate = page.locator(`link[rel=alternate][hreflang=${language.code}]`);
      const path = new URL(`${folder(language)}${route.slice(1)}`, baseURL).pathname;
      await expect(alternate).toHaveAttribute('href', new RegExp(`^(https?://[^/]+)?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
    await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveCount(1);
    // The switch works without scripts too: a plain link to the English page.
    await expect(switchTo(page, EN)).toHaveAttribute('href', new URL(route.slice(1), baseURL).pathname);
  }
  // The roles can be read and followed in Spanish.
  await page.goto(`${folder(ES)}roles`);
  await expect(page.locator('main .role-card')).toHaveCount(ROLE_COUNT);
  await page.locator('main .role-card a').first().click();
  await expect(page.locator('main h1')).not.toBeEmpty();
  expect(await page.locator('main .lede').innerText()).not.toMatch(ENGLISH_WORD);
  await context.close();
});

test('a progress link made in one language opens in the other with the same answers', async ({ page, browser, baseURL }) => {
  await page.goto(`${folder(ES)}quiz`);
  await appReady(page);
  for (const [i, key] of ['5', '4', '2'].entries()) {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(new RegExp(`q=${i + 2}$`));
  }
  const answers = (await readStored(page)).data.quiz.answers;
  await page.locator('.save-link button').click();
  const link = await page.locator('.save-link input').inputValue();
  expect(new URL(link).pathname).toBe(new URL(`${folder(ES)}quiz`, baseURL).pathname);
  // The same link with the English address, in a fresh browser: the answers arrive intact.
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  await fresh.goto(link.replace(`${ES.prefix}/quiz`, '/quiz'));
  await expect(fresh.getByText('Answers restored from your link.')).toBeVisible();
  expect(await fresh.evaluate((key) => JSON.parse(localStorage.getItem(key)!).data.quiz.answers, STORAGE.key)).toEqual(answers);
  await context.close();
});

test.describe('in a browser set to US English', () => {
  test.use({ locale: 'en-US', timezoneId: 'UTC' });

  test('each page writes dates its own language\'s way, not the browser\'s', async ({ page }) => {
    // 4 March: in the US order (3/4/2025) a Spanish reader would read 3 April.
    const attempt = { finished_at: '2025-03-04T10:32:11.000Z', answers: {}, outcome: 'technical', management: 30, technical: 80, question_set: 3 };
    await seedAnswers(page, 1, 4, [], [attempt]);
    await page.goto(`${folder(ES)}history`);
    await appReady(page);
    const row = page.locator('table.attempts tbody tr').first();
    await expect(row).toContainText('4 mar 2025');
    await expect(row).not.toContainText('3/4/2025');
    await page.goto(`${folder(EN)}history`);
    await appReady(page);
    await expect(page.locator('table.attempts tbody tr').first()).toContainText('Mar 4, 2025');
  });
});
