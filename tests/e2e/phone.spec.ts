// Made for a phone: one tap per question, an address per question, check-your-answers, a result
// you can find your way around, bars that agree with their numbers, and /roles that starts
// with the roles. Counted and measured at 360 x 780 (a touch screen) and 1280 x 900.
import { test, expect, appReady, seedAnswers, questionCount, LANGUAGES, ADVANCE_PAUSE_MS, STORAGE, OUTCOME_SLUGS, folder, quizContent, digitFor, type QuizItem } from './fixtures';
import shared from '../shared/facts.cjs';
import type { Page } from '@playwright/test';

const { next: NEXT, last_step: LAST_STEP, see_my_result: SEE_MY_RESULT } = LANGUAGES[0].words;

/** A small seeded generator (mulberry32): the same population on every run. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ways of answering, each a family of respondents. */
const FAMILIES = ['leaning', 'random', 'agreeing', 'repeating', 'fixed', 'neutral'] as const;

/** A finished quiz as stored data, answered the way `family` answers, with recent work. */
function respondent(family: (typeof FAMILIES)[number], r: () => number) {
  const pick = (n: number) => Math.floor(r() * n);
  const lean = { management: pick(5), technical: pick(5), leadership: pick(5) };
  const cycle = Array.from({ length: 2 + pick(4) }, () => 1 + pick(5));
  const fixed = [[5], [1], [4], [2], [1, 5], [5, 1], [2, 4], [1, 5, 2, 4], [1, 2, 3, 4, 5]][pick(9)];
  let i = 0;
  const answer = (q: QuizItem): number => {
    if (q.kind === 'choice') return 1 + pick(2);
    const at = i++;
    switch (family) {
      case 'leaning': return digitFor(q, Math.max(0, Math.min(4, lean[q.scale] + pick(3) - 1)));
      case 'random': return 1 + pick(5);
      case 'agreeing': return r() < 0.75 ? 4 + pick(2) : 1 + pick(3);
      case 'repeating': return cycle[at % cycle.length];
      case 'fixed': return fixed[at % fixed.length];
      case 'neutral': return r() < 0.6 ? 3 : 1 + pick(5);
    }
  };
  const envelope = shared.finishedEnvelope(2, 2);
  envelope.data.quiz.answers = Object.fromEntries(quizContent().map((q) => [q.id, answer(q)]));
  const { max_items, max_chars, satisfaction_top, kinds } = shared.facts().quiz.recent;
  const words = 'led design review bridge retrofit site team budget hiring plan code pump valve circuit test report client mentoring schedule safety audit model firmware'.split(' ');
  envelope.data.quiz.recent = Array.from({ length: pick(max_items + 1) }, () => {
    const length = r() < 0.3 ? max_chars : 10 + pick(max_chars - 10);
    let what = '';
    while (what.length < length) what += `${words[pick(words.length)]} `;
    return { what: what.slice(0, length).trim(), satisfaction: 1 + pick(satisfaction_top), kind: kinds[pick(kinds.length)] };
  });
  return envelope;
}

/**
 * Records, in the page itself, each place the quiz shows ("Question 3 of 40", the last step),
 * so a test sees every place it passed through, even one shown too briefly to catch.
 */
async function recordPlaces(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __shown: string[] };
    w.__shown = [];
    const note = () => {
      const place = document.querySelector('#quiz-position')?.textContent?.trim();
      if (place && w.__shown[w.__shown.length - 1] !== place) w.__shown.push(place);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
    note();
  });
}

/** The places `recordPlaces` saw, in order. */
async function shownPlaces(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
}

/** The places the quiz shows from question `from` of `n` to its last step, each once. */
function places(from: number, n: number): string[] {
  return [...Array.from({ length: n - from + 1 }, (_, i) => `Question ${from + i} of ${n}`), LAST_STEP];
}

/**
 * Whether the page moves on from `place` (to another question, or off the quiz) by itself
 * within twice the quiz's pause, as it should after a tap or a digit; a person who sees it stay
 * would tap Next.
 */
async function movesOn(page: Page, place: string): Promise<boolean> {
  return page
    .waitForFunction((p) => document.querySelector('#quiz-position')?.textContent?.trim() !== p, place, {
      timeout: 2 * ADVANCE_PAUSE_MS + 1_000,
    })
    .then(() => true, () => false);
}

/**
 * Answers the quiz from the current question to the result as a person would: taps option
 * `pick(count, i)` of question `i`, and Next only when the page stays put; on the last step,
 * See my result. Returns the taps the page needed; fails as soon as it needs more than `most`.
 */
async function tapThrough(page: Page, pick: (count: number, i: number) => number, most: number): Promise<number> {
  const position = page.locator('#quiz-position');
  let taps = 0;
  for (;;) {
    const place = await position.innerText();
    if (place === LAST_STEP) {
      await page.getByRole('button', { name: SEE_MY_RESULT }).click();
      await expect(page.locator('.score-plot')).toBeVisible();
      return taps + 1;
    }
    const i = Number(/(\d+)/.exec(place)![1]);
    const options = page.locator('fieldset label.option');
    await options.nth(pick(await options.count(), i)).click();
    taps++;
    if (!(await movesOn(page, place))) {
      await page.getByRole('button', { name: NEXT }).click();
      taps++;
    }
    if (taps > most) throw new Error(`the page needed more than ${most} taps: it stayed at "${place}" after a tap`);
  }
}

const PHONE = { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true };
const LAPTOP = { viewport: { width: 1280, height: 900 } };

for (const [name, device] of [['phone', PHONE], ['laptop', LAPTOP]] as const) {
  test.describe(`on a ${name}`, () => {
    test.use(device);

    test('the whole quiz takes one tap per question, plus one to see the result', async ({ page }) => {
      await page.goto('quiz');
      await appReady(page);
      const n = await questionCount(page);
      await recordPlaces(page);
      const taps = await tapThrough(page, (count, i) => (count === 2 ? i % 2 : [1, 3, 4][i % 3]), n + 1);
      // Each tap on an answer moved on by exactly one question, and one more opened the result.
      console.log(`${name}: the page needed ${taps} taps for ${n} questions, start to result`);
      expect(await shownPlaces(page)).toEqual(places(1, n));
      expect(taps).toBe(n + 1);
      await expect(page.locator('main h1')).toHaveText(/Management track|Technical track|Technical leadership|Hybrid path|Undecided/);
    });

    test('every bar shares one 0-100 scale: longer bars for larger numbers', async ({ page }) => {
      // Leadership at Disagree: answers that are not mostly Neutral, so a verdict stands.
      await seedAnswers(page, 2, 3, [], [], 1);
      await page.goto('results');
      await appReady(page);
      // On a phone the table is one tap away.
      const fold = page.getByText('Your pull, theme by theme');
      if (await fold.isVisible()) await fold.click();
      await expect(page.getByRole('table').filter({ has: page.locator('.bar') })).toBeVisible();
      const bars = await page.locator('.theme-table td').evaluateAll((cells) =>
        cells
          .filter((td) => td.querySelector('.bar'))
          .map((td) => ({
            value: Number(td.querySelector('.bar-value')!.textContent),
            bar: td.querySelector('.bar')!.getBoundingClientRect().width,
            cell: td.querySelector('.bar-cell')!.getBoundingClientRect().width,
          })),
      );
      expect(bars.length).toBeGreaterThanOrEqual(8);
      // The same length of track behind every bar...
      const cell = bars[0].cell;
      for (const b of bars) expect(Math.abs(b.cell - cell)).toBeLessThan(1);
      // ...so every bar is its number's share of it, and order follows the numbers.
      for (const b of bars) expect(Math.abs(b.bar - (cell * b.value) / 100)).toBeLessThan(1.5);
      for (const a of bars) for (const b of bars) if (a.value > b.value) expect(a.bar).toBeGreaterThan(b.bar);
      // The plot names the area the dot is in.
      await expect(page.locator('.you-label')).toHaveText(/^You: (Hybrid|Undecided|Management|Technical)$/);
    });

    test('the result puts the verdict, the next step, the actions and a contents list first', async ({ page, audit }) => {
      await seedAnswers(page, 3, 1);
      await page.goto('results');
      await appReady(page);
      const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
      const verdict = await top('main h1');
      const actions = await top('.report-actions');
      const contents = page.getByRole('navigation', { name: 'On this page' });
      const scores = await top('#scores-heading');
      expect(verdict).toBeLessThan(actions);
      expect(actions).toBeLessThan((await contents.boundingBox())!.y);
      expect((await contents.boundingBox())!.y).toBeLessThan(scores);
      await expect(page.locator('.next-step')).toContainText('Next step');
      // Every entry of the contents list leads to a heading on the page.
      const links = contents.getByRole('link');
      await expect(links).toHaveCount(6);
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        await expect(page.locator(href)).toHaveCount(1);
      }
      await contents.getByRole('link', { name: 'Roles that fit' }).click();
      await expect(page.locator('#roles-heading')).toBeInViewport();
      // The sliders and the material that is the same for everyone wait behind disclosures.
      await expect(page.getByLabel('How much does pay matter to you?')).toBeHidden();
      await expect(page.getByRole('heading', { name: /Risks of the/ }).first()).toBeHidden();
      await page.getByText('How each path moves forward, and its risks').click();
      await expect(page.getByRole('heading', { name: /Risks of the/ }).first()).toBeVisible();
      await audit(page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${name}: the result page is ${height} px tall`);
    });

    test('check your answers: change one from the list and come straight back', async ({ page, audit }) => {
      await seedAnswers(page, 3, 1);
      await page.goto('results');
      await appReady(page);
      await page.getByRole('link', { name: 'Check your answers' }).click();
      await expect(page.locator('main h1')).toHaveText('Check your answers');
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
      const n = await page.locator('.check-row').count();
      const row = page.locator('#check-12');
      const before = await row.locator('dd').first().innerText();
      const question = await row.locator('dt').innerText();
      await audit(page);
      await row.getByRole('link', { name: `Change your answer to question 12: ${question}` }).click();
      let taps = 1;
      await expect(page).toHaveURL(/\/quiz\?q=12&then=check$/);
      await expect(page.locator('#quiz-position')).toHaveText(`Question 12 of ${n}`);
      await recordPlaces(page);
      const other = page.locator('fieldset label.option').filter({ hasNot: page.locator('input:checked') }).first();
      const picked = (await other.innerText()).replace(/^\d\s*/, '').trim();
      await other.click();
      taps++;
      // A person who sees the question stay taps Next.
      if (!(await movesOn(page, `Question 12 of ${n}`))) {
        await page.getByRole('button', { name: NEXT }).click();
        taps++;
      }
      await expect(page.locator('main h1')).toHaveText('Check your answers');
      // Back on the list at the row that changed, which has focus.
      await expect(page.locator('#check-12')).toBeFocused();
      await expect(page.locator('#check-12')).toBeInViewport();
      await expect(page.locator('#check-12 dd').first()).toHaveText(picked);
      expect(picked).not.toBe(before);
      // One tap to open the question, one to answer it and come straight back.
      console.log(`${name}: changing one answer took ${taps} taps from the list`);
      expect(taps).toBe(2);
      expect(await shownPlaces(page)).toEqual([`Question 12 of ${n}`]);
      await page.getByRole('link', { name: 'See my result' }).click();
      await expect(page.locator('main h1')).toHaveText(/Management track|Technical track|Technical leadership|Hybrid path|Undecided/);
      // The result seen this way is kept in the history too, once.
      await page.goBack();
      await expect(page.locator('main h1')).toHaveText('Check your answers');
      await page.getByRole('link', { name: 'See my result' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
      await expect(page.locator('.attempts tbody tr')).toHaveCount(1);
    });
  });
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('question 1 shows every answer without scrolling, under a one-row header', async ({ page }) => {
    await page.goto('quiz');
    await appReady(page);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(60);
    for (const option of await page.locator('fieldset label.option').all()) {
      const box = (await option.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(780);
    }
    // No keyboard here, so no tip about keys and no number on each answer; the pace is said.
    await expect(page.locator('.keys-tip')).toBeHidden();
    await expect(page.locator('.option-key').first()).toBeHidden();
    await expect(page.locator('#pace-tip')).toHaveText(/opens by itself/);
    // The intro is for question 1 only.
    await expect(page.locator('.quiz-intro')).toBeVisible();
    await page.locator('fieldset label.option').nth(3).click();
    await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
    await expect(page.locator('.quiz-intro')).toHaveCount(0);
  });

  test('the result fits in eight screens for a seeded population, both languages, every disclosure closed', async ({ page }) => {
    // Issue 34: at most 8 x 780 px at 360 px. The families are samples of how people answer
    // (leaning each way, at random, agreeing, in a repeating pattern, in a fixed pattern, mostly
    // Neutral), each with none to the most pieces of recent work, described at any length.
    test.setTimeout(240_000);
    const limit = 8 * 780;
    const seed = Number(process.env.HEIGHT_SEED ?? 34);
    const perFamily = Number(process.env.HEIGHT_PER_FAMILY ?? 4);
    const heights: Record<string, number[]> = {};
    const outcomes = new Set<string>();
    let labelsChecked = 0;
    // Beside the population, each outcome at its most: a clear pull each way, both, neither,
    // with the most pieces of recent work at full length.
    const { max_items, max_chars } = shared.facts().quiz.recent;
    const everyOutcome = ([[4, 0], [0, 4], [4, 4], [2, 2]] as const).map(([m, t]) => {
      const envelope = shared.finishedEnvelope(m, t);
      envelope.data.quiz.recent = Array.from({ length: max_items }, (_, n) => ({ what: `${n} `.padEnd(max_chars, 'w'), satisfaction: 1 + (n % 5), kind: n % 2 ? 'people' : 'technical' }));
      return { family: `scores ${m}/${t}`, k: 0, envelope };
    });
    const cases = [
      ...FAMILIES.flatMap((family, f) => Array.from({ length: perFamily }, (_, k) => ({ family, k, envelope: respondent(family, mulberry32(seed * 7_919 + f * 101 + k)) }))),
      ...everyOutcome,
    ];
    for (const language of LANGUAGES) {
      heights[language.code] = [];
      for (const { family, k, envelope } of cases) {
        if (page.url() === 'about:blank') {
          await page.goto('');
          await appReady(page);
        }
        await page.evaluate(([key, v]) => { localStorage.clear(); localStorage.setItem(key, v); }, [STORAGE.key, JSON.stringify(envelope)]);
        await page.goto(`${folder(language)}results`);
        await appReady(page);
        await expect(page.locator('.plan-step')).toHaveCount(6);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const outcome = await page.locator('main h1').innerText();
        outcomes.add(`${language.code}: ${outcome}`);
        heights[language.code].push(height);
        // The dot's name stays inside the picture, clear of the axes and of every area's name.
        const clash = await page.locator('.score-plot svg').evaluate((svg: SVGSVGElement) => {
          const you = (svg.querySelector('.you-label') as SVGTextElement).getBBox();
          const apart = (a: DOMRect, b: DOMRect) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          const hits = [...svg.querySelectorAll<SVGTextElement>('.area-label')].filter((t) => !apart(you, t.getBBox())).map((t) => t.textContent);
          const dot = (svg.querySelector('circle.you') as SVGCircleElement).getBBox();
          if (!apart(you, dot)) hits.push('the dot');
          if (you.x < 30 || you.y < 0 || you.x + you.width > svg.viewBox.baseVal.width || you.y + you.height > 230) hits.push(`an axis or the edge (${Math.round(you.x)} to ${Math.round(you.x + you.width)} across, ${Math.round(you.y)} to ${Math.round(you.y + you.height)} down)`);
          return hits;
        });
        labelsChecked++;
        expect(clash, `${language.code} ${family} #${k}: the dot's name covers`).toEqual([]);
        expect(height, `${language.code} ${family} #${k} (${outcome}, ${envelope.data.quiz.recent.length} pieces of work) is ${height} px`).toBeLessThanOrEqual(limit);
      }
    }
    for (const [code, hs] of Object.entries(heights)) {
      const sorted = [...hs].sort((a, b) => a - b);
      console.log(`phone, ${code}: ${hs.length} results, median ${sorted[sorted.length >> 1]} px, tallest ${sorted[sorted.length - 1]} px (${(sorted[sorted.length - 1] / 780).toFixed(2)} screens; limit ${limit})`);
    }
    console.log(`outcomes seen: ${[...outcomes].sort().join('; ')}; the dot's name clear of the axes and the area names in all ${labelsChecked}`);
    // Every outcome was measured, in both languages.
    expect(outcomes.size).toBe(2 * OUTCOME_SLUGS.length);
  });

  test('/roles shows the first role within a screen and a half', async ({ page }) => {
    await page.goto('roles');
    await appReady(page);
    const first = (await page.locator('.role-grid > li').first().boundingBox())!;
    console.log(`phone: the first role card starts at y = ${Math.round(first.y)}`);
    expect(first.y).toBeLessThan(780 * 1.5);
  });
});

test('each question has its own address: Back, Forward and a reload keep the place', async ({ page }) => {
  await page.goto('quiz');
  await appReady(page);
  await expect(page).toHaveURL(/\/quiz\?q=1$/);
  await page.getByRole('radio', { name: 'Agree', exact: true }).check();
  await expect(page).toHaveURL(/\/quiz\?q=2$/);
  await page.getByRole('radio', { name: 'Disagree', exact: true }).check();
  await expect(page).toHaveURL(/\/quiz\?q=3$/);
  await page.goBack();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
  await expect(page.getByRole('radio', { name: 'Disagree', exact: true })).toBeChecked();
  await page.goBack();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 1 of/);
  await page.goForward();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
  await page.reload();
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
  // The header's Quiz link from inside the quiz keeps the question and its address.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page).toHaveURL(/\/quiz\?q=2$/);
  await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
  // Back from question 1 leaves the quiz, as it would any page.
  await page.goto('');
  await appReady(page);
  await page.goto('quiz?q=1');
  await page.goBack();
  await expect(page.locator('main h1')).not.toHaveText('Career path quiz');
  // An old address still opens the last step.
  await page.goto('quiz?step=six-months');
  await expect(page.locator('#quiz-position')).toHaveText('Last step (optional)');
  // A number out of range is ignored: the quiz opens where the person is.
  await page.goto('quiz?q=999');
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
});

test('a laptop with a keyboard gets the keys tip, and the keys reach the result', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('quiz');
  await appReady(page);
  await expect(page.locator('.keys-tip')).toBeVisible();
  const n = await questionCount(page);
  await recordPlaces(page);
  // A digit per question, and Enter only where the page stays put, as a person would.
  let keys = 0;
  for (let place = await page.locator('#quiz-position').innerText(); place !== LAST_STEP; ) {
    const i = Number(/(\d+)/.exec(place)![1]);
    await page.keyboard.press(i % 2 ? '1' : '2');
    keys++;
    if (!(await movesOn(page, place))) {
      await page.keyboard.press('Enter');
      keys++;
    }
    if (keys > n) throw new Error(`the page needed more than ${n} keys for its questions: it stayed at "${place}" after a digit`);
    place = await page.locator('#quiz-position').innerText();
  }
  await page.getByRole('button', { name: SEE_MY_RESULT }).focus();
  await page.keyboard.press('Enter');
  keys++;
  await expect(page.locator('.score-plot')).toBeVisible();
  // Each digit moved on by exactly one question, and Enter on the focused button opened the
  // result.
  console.log(`laptop: the page needed ${keys} keys for ${n} questions, start to result`);
  expect(await shownPlaces(page)).toEqual(places(1, n));
  expect(keys).toBe(n + 1);
});
