// Accessibility in every state: axe-core (WCAG 2.2 AA and best practices) on each kind of page
// and notice, in the light and dark themes, plus theme memory and focus (nothing on the site moves, so there is no motion to reduce).
import { test, expect, appReady, seedAnswers } from './fixtures';

// Points (0-4) per scale for each outcome: management, technical, leadership.
const OUTCOMES: [string, number, number, number][] = [
  ['Management track', 4, 1, 1],
  ['Technical track', 1, 4, 1],
  ['Technical leadership', 1, 4, 4],
  ['Hybrid path', 3, 3, 3],
  ['Undecided', 1, 1, 1],
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [heading, m, t, l] of OUTCOMES) {
      test(`result "${heading}" passes axe`, async ({ page, audit }) => {
        await seedAnswers(page, m, t, [], [], l);
        await page.goto('results');
        await expect(page.locator('main h1')).toHaveText(heading);
        // The style hook comes from the outcome, not its words: a track's heading takes its
        // track's colour.
        const slug = heading === 'Technical leadership' ? 'leadership' : heading.split(' ')[0].toLowerCase();
        await expect(page.locator('article.report')).toHaveClass(new RegExp(`\\breport-${slug}\\b`));
        if (slug !== 'hybrid' && slug !== 'undecided') {
          const colour = await page.locator('main h1').evaluate((h) => getComputedStyle(h).color);
          const body = await page.evaluate(() => getComputedStyle(document.body).color);
          expect(colour, 'the heading has its track colour').not.toBe(body);
        }
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
        const at = await page.locator('#quiz-position').innerText();
        await page.locator('fieldset label.option').first().click();
        await expect(page.locator('#quiz-position')).not.toHaveText(at);
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
