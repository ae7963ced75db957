// Accessibility in every state: axe-core (WCAG 2.2 AA and best practices) on each kind of page
// and notice, in the light and dark themes, plus theme memory, reduced motion and focus.
import { test, expect, appReady } from './fixtures';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

/** Statement ids with their scale, and choice ids, read from the quiz content itself. */
function quizContent() {
  const text = fs.readFileSync(path.resolve(__dirname, '../../content/quiz.toml'), 'utf8');
  const blocks = text.split(/^\[\[/m).slice(1);
  const statements: { id: string; scale: string }[] = [];
  const choices: string[] = [];
  for (const block of blocks) {
    const id = /^id = "([^"]+)"/m.exec(block)?.[1];
    if (!id) continue;
    if (block.startsWith('statement]]')) statements.push({ id, scale: /^scale = "([^"]+)"/m.exec(block)![1] });
    if (block.startsWith('choice]]')) choices.push(id);
  }
  return { statements, choices };
}

/** Stores a finished quiz where each scale gets the given answer digit (1-5). */
async function seedAnswers(page: Page, management: number, technical: number) {
  const { statements, choices } = quizContent();
  const answers: Record<string, number> = {};
  for (const s of statements) answers[s.id] = s.scale === 'management' ? management : technical;
  for (const c of choices) answers[c] = management >= technical ? 1 : 2;
  const envelope = { app: 'crossroads', version: 1, saved_at: '2026-11-22T10:00:00.000Z', data: { quiz: { answers, step: 0 }, history: [], shortlist: [] } };
  await page.goto('');
  await appReady(page);
  await page.evaluate((v) => localStorage.setItem('crossroads:state', v), JSON.stringify(envelope));
}

const OUTCOMES: [string, number, number][] = [
  ['Management track', 5, 2],
  ['Technical track', 2, 5],
  ['Hybrid path', 4, 4],
  ['Undecided', 2, 2],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [heading, m, t] of OUTCOMES) {
      test(`result "${heading}" passes axe`, async ({ page, audit }) => {
        await seedAnswers(page, m, t);
        await page.goto('results');
        await expect(page.locator('main h1')).toHaveText(heading);
        // The report's body renders a frame after its verdict: audit the whole of it.
        await expect(page.locator('#why-heading')).toBeVisible();
        await audit(page);
      });
    }

    test('pages and question kinds pass axe', async ({ page, audit }) => {
      for (const route of ['', 'roles?track=management&q=lead', 'roles/quality-manager', 'compare?roles=civil-engineer,engineering-lead', 'history']) {
        await page.goto(route);
        await appReady(page);
        await audit(page);
      }
      await page.goto('quiz');
      await appReady(page);
      await audit(page);
      // Walk to the first either-or question and audit it too.
      for (let i = 0; i < 10 && (await page.locator('fieldset label.option').count()) !== 2; i++) {
        await page.locator('fieldset label.option').first().click();
        await page.getByRole('button', { name: 'Next' }).click();
      }
      await expect(page.locator('fieldset label.option')).toHaveCount(2);
      await audit(page);
    });
  });
}

test('the offline notice passes axe', async ({ page, audit }) => {
  await page.goto('roles');
  await appReady(page);
  await page.context().setOffline(true);
  await expect(page.getByText('You are offline.', { exact: false })).toBeVisible();
  await audit(page);
  await page.context().setOffline(false);
  await expect(page.getByText('You are offline.', { exact: false })).toHaveCount(0);
});

test('the theme toggle is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  await appReady(page);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  await page.reload();
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('reduced motion turns animations off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('quiz');
  await appReady(page);
  const duration = await page.locator('.progress-fill').evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toMatch(/^0s$/);
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('roles');
  await appReady(page);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const target = el.matches('.segmented input') ? getComputedStyle(el.nextElementSibling!) : style;
      return { tag: el.tagName, width: parseFloat(target.outlineWidth), style: target.outlineStyle };
    });
    expect(outline.style, `focus on ${outline.tag} #${i}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
