// Shared fixtures: every test fails on a console error or an uncaught page error, and can run
// an axe-core audit of the current page.
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import shared from '../shared/facts.cjs';

/** Where and in which format the app keeps progress (from the build's facts). */
export const STORAGE: { key: string; backup_prefix: string; language_key: string; version: number } = shared.facts().storage;

/** The file of the content's long text that pages wait for (from the build's facts). */
export const PROSE_FILE: string = shared.facts().languages[0].prose_file;
/** The site's languages, English first, with the words tests find controls by (from the build's facts). */
export const LANGUAGES: {
  code: string;
  prefix: string;
  name: string;
  prose_file: string;
  words: { outcomes: string[]; next: string; last_step: string; see_my_result: string; page_not_found: string };
}[] = shared.facts().languages;

/** A language's folder as a relative path for `page.goto` ("" for English, "es/" for Spanish). */
export const folder = (language: { prefix: string }) => (language.prefix ? `${language.prefix.slice(1)}/` : '');

/** How long the quiz waits after a tap or a digit before it moves on (from the build's facts). */
export const ADVANCE_PAUSE_MS: number = shared.facts().quiz.advance_pause_ms;

/** The question set this build asks, as stored data records it. */
export const QUESTION_SET: number = shared.facts().quiz.question_set;

/** The version prefix of the progress links this build writes ("q4."). */
export const LINK_PREFIX: string = shared.facts().quiz.link_prefix;

/** Every outcome's identifier, in the order of each language's `words.outcomes` (from the build's facts). */
export const OUTCOME_SLUGS: string[] = shared.facts().outcome_slugs;

/** Every route's path, `/` first (from the build's facts). */
export const ROUTES: string[] = shared.facts().routes;

/** How many roles the explorer shows: one route each (from the build's facts). */
export const ROLE_COUNT: number = ROUTES.filter((r) => /^\/?roles\/./.test(r)).length;

/** The progress the app has stored, parsed. */
export async function readStored(page: Page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), STORAGE.key);
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Fixtures = {
  /** Errors seen in the console or thrown by the page; asserted empty after each test. */
  pageErrors: string[];
  /** Watches a context the test launched itself (a persistent profile) like every other. */
  watchErrors: (context: BrowserContext) => void;
  /** Runs axe-core on the page and fails with the violations listed. */
  audit: (page: Page) => Promise<void>;
};

/** Records the console errors and uncaught errors of every page `context` has or opens. */
function watchContext(context: BrowserContext, errors: string[]) {
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()} (at ${page.url()})`);
    });
    page.on('pageerror', (err) => errors.push(`page error: ${err.message} (at ${page.url()})`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

export const test = base.extend<Fixtures>({
  // Every route's file is a pre-rendered page that the app replaces when it mounts. A test
  // acting on what it sees must act on the app, so loads wait for that hand-over.
  page: async ({ page }, use) => {
    for (const name of ['goto', 'reload'] as const) {
      const load = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>;
      (page as any)[name] = async (...args: unknown[]) => {
        const response = await load(...args);
        await page.locator('#static-shell').waitFor({ state: 'detached' });
        return response;
      };
    }
    await use(page);
  },
  // Every page of every context the test opens is watched, not only the default one: a test
  // that opens a second tab or a fresh browser must not hide that page's errors.
  pageErrors: [
    async ({ context, browser }, use) => {
      const errors: string[] = [];
      watchContext(context, errors);
      const newContext = browser.newContext;
      browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
        const c = await newContext.apply(browser, args);
        watchContext(c, errors);
        return c;
      };
      try {
        await use(errors);
      } finally {
        browser.newContext = newContext;
      }
      expect(errors, 'console and page errors').toEqual([]);
    },
    { auto: true },
  ],
  watchErrors: async ({ pageErrors }, use) => {
    await use((context) => watchContext(context, pageErrors));
  },
  audit: async ({}, use) => {
    await use(async (page: Page) => {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary, 'axe-core violations').toEqual([]);
    });
  },
});

export { expect };

/** Waits until the app has mounted (the pre-rendered copy is gone) and rendered a main heading. */
export async function appReady(page: Page) {
  await expect(page.locator('#static-shell')).toHaveCount(0);
  await expect(page.locator('main h1')).toBeVisible();
}

/** The themes the result charts: those with at least one statement that counts on a scale. */
export const SCORED_THEMES: string[] = [
  ...new Set((shared.quizContent() as { kind: string; theme: string; counts_on?: string | null }[])
    .filter((q) => q.kind === 'statement' && q.counts_on)
    .map((q) => q.theme)),
];

/** The number of questions, read from the quiz's position line ("Question 3 of 40"). */
export async function questionCount(page: Page): Promise<number> {
  return Number(/of (\d+)/.exec(await page.locator('#quiz-position').innerText())![1]);
}

/**
 * Answers every question from the current one on by tapping the option `pick(count, i)`
 * returns (0-based, of the `count` shown for question `i`, 1-based): one tap each, as the quiz
 * moves on by itself. Then leaves the optional six-months step empty and opens the result.
 * Returns the taps it took.
 */
export async function answerAll(page: Page, pick: (count: number, i: number) => number): Promise<number> {
  const n = await questionCount(page);
  const from = Number(/Question (\d+)/.exec(await page.locator('#quiz-position').innerText())![1]);
  let taps = 0;
  for (let i = from; i <= n; i++) {
    const options = page.locator('fieldset label.option');
    await options.nth(pick(await options.count(), i)).click();
    taps++;
    await expect(page.locator('#quiz-position')).toHaveText(i < n ? `Question ${i + 1} of ${n}` : 'Last step (optional)');
  }
  await expect(page.locator('#quiz-position')).toHaveText('Last step (optional)');
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('.score-plot')).toBeVisible();
  return taps + 1;
}

/** One question of the quiz, in the order the quiz asks them, read from the content itself. */
export type QuizItem =
  | { kind: 'statement'; id: string; scale: Scale; keyed: 'agree' | 'disagree'; na: boolean; digits: number[] }
  | { kind: 'choice'; id: string; digits: Partial<Record<Scale, number>> };

/** The three scales a statement counts on and an either-or option stands for. */
export type Scale = 'management' | 'technical' | 'leadership';

/** Points (0-4) someone gives each scale. */
export type Lean = Record<Scale, number>;

/** The quiz's questions, in order (from the build's facts). */
export const quizContent: () => QuizItem[] = shared.quizContent;

/**
 * The answer digit that gives a statement `points` (0-4) on its own scale: reversed statements
 * score the other way round (from the build's facts).
 */
export const digitFor: (item: QuizItem & { kind: 'statement' }, points: number) => number = shared.digitFor;

/** The digit of an either-or question's option for a scale (from the build's facts). */
export const choiceDigit: (item: QuizItem & { kind: 'choice' }, scale: Scale) => number | undefined =
  shared.choiceDigit;

/** The digit someone with this lean gives a question (see tests/shared/facts.cjs). */
export const answerFor: (item: QuizItem, lean: Lean) => number = shared.answerFor;

/** A lean on the three scales, leadership the lower of the two others unless given. */
export const lean: (management: number, technical: number, leadership?: number) => Lean = shared.lean;

/**
 * Stores a finished quiz (schema v2, which every later app reads) where every statement gives its
 * scale the lean's points (0-4; leadership the lower of the two others unless given), and the
 * either-or questions favour the higher of their two; `history` holds earlier finished attempts
 * as stored, oldest first.
 */
export async function seedAnswers(
  page: Page,
  management: number,
  technical: number,
  recent: object[] = [],
  history: object[] = [],
  leadership?: number,
) {
  const envelope = shared.finishedEnvelope(management, technical, recent, history, leadership);
  await page.goto('');
  await appReady(page);
  await page.evaluate(([key, v]) => localStorage.setItem(key, v), [STORAGE.key, JSON.stringify(envelope)]);
}
