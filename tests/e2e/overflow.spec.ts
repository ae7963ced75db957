// Nothing wider than the screen (issue 23): on a 320 and a 360 px phone, in every language, no
// page and no state of a page makes the page itself scroll sideways. Wide content must wrap,
// stack or scroll in its own box.
import { test, expect, appReady, seedAnswers, LANGUAGES } from './fixtures';
import type { Page } from '@playwright/test';

/** Earlier finished attempts as stored, oldest first: every outcome and an earlier question set. */
const ATTEMPTS = [
  { finished_at: '2026-06-01T09:00:00.000Z', outcome: 'technical', management: 41.7, technical: 79.2, question_set: 1 },
  { finished_at: '2026-08-14T18:30:00.000Z', outcome: 'hybrid', management: 66, technical: 61, question_set: 2 },
  { finished_at: '2026-10-02T09:00:00.000Z', outcome: 'undecided', management: 52, technical: 48, question_set: 3 },
  { finished_at: '2026-11-21T20:15:00.000Z', outcome: 'management', management: 79, technical: 35, question_set: 3 },
].map((a) => ({ answers: {}, ...a }));

type State = {
  name: string;
  path: string;
  /** Seeds a finished quiz, with `ATTEMPTS` as its history when 'history'. */
  seed?: 'finished' | 'history';
  /** Brings the page into the state after it loads, and checks that it got there. */
  then?: (page: Page) => Promise<void>;
};

const STATES: State[] = [
  { name: 'home', path: '' },
  {
    name: 'quiz, question 1',
    path: 'quiz',
    then: (page) => expect(page.locator('#quiz-position')).toHaveText(/\b1\b/),
  },
  { name: 'roles', path: 'roles' },
  { name: 'a role', path: 'roles/rd-manager' },
  { name: 'compare the tracks', path: 'compare' },
  {
    name: 'compare three roles',
    path: 'compare?roles=rd-manager,engineering-operations-manager,software-engineer',
    then: (page) => expect(page.locator('.roles-table tbody tr').first().locator('td')).toHaveCount(3),
  },
  { name: 'method', path: 'method' },
  {
    name: 'history with several attempts',
    path: 'history',
    seed: 'history',
    then: (page) => expect(page.locator('table.attempts tbody tr')).toHaveCount(ATTEMPTS.length),
  },
  { name: 'result', path: 'results', seed: 'finished' },
  {
    name: 'result with every answer open',
    path: 'results',
    seed: 'finished',
    then: async (page) => {
      const details = page.locator('details.all-effects');
      await details.locator('summary').click();
      await expect(details).toHaveJSProperty('open', true);
    },
  },
  { name: 'check your answers', path: 'check', seed: 'finished' },
];

for (const language of LANGUAGES) {
  const folder = language.prefix ? `${language.prefix.slice(1)}/` : '';
  for (const width of [320, 360]) {
    test.describe(`${language.code} at ${width} px`, () => {
      test.use({ viewport: { width, height: 780 } });
      for (const state of STATES) {
        test(`${state.name} is no wider than the screen`, async ({ page }) => {
          if (state.seed) await seedAnswers(page, 1, 4, [], state.seed === 'history' ? ATTEMPTS : []);
          await page.goto(folder + state.path);
          await appReady(page);
          await state.then?.(page);
          const [scroll, client] = await page.evaluate(() => [
            document.documentElement.scrollWidth,
            document.documentElement.clientWidth,
          ]);
          expect(scroll, `the page is ${scroll} px wide on a ${client} px screen`).toBeLessThanOrEqual(client);
        });
      }
    });
  }
}
