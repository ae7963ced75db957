// Offline and installable: after one visit the whole app works with no network, it passes
// Chromium's installability checks, it keeps to its security policy and its own origin, and a
// new deploy is offered, never forced.
// Also runs under /crossroads/: the service worker's scope and its cache.
import { test, expect, appReady, answerAll, LANGUAGES, OUTCOME_SLUGS } from './fixtures';
import { chromium, type Page, type CDPSession } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

async function visitOnce(page: Page) {
  await page.goto('');
  await appReady(page);
  // The worker claims the page once it has cached every file of the build.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

async function goOffline(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.context().setOffline(true);
  return cdp;
}

async function finishQuiz(page: Page) {
  // Strongly agree with every statement; the second option of each either-or question.
  await answerAll(page, (count) => Math.min(count, 5) - 1);
}

test('after one visit the whole app works offline', async ({ page }) => {
  await visitOnce(page);
  await goOffline(page);
  const fromNetwork: string[] = [];
  page.on('response', (r) => {
    if (!r.fromServiceWorker()) fromNetwork.push(r.url());
  });
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(/which way at the crossroads/);
  await expect(page.getByText('You are offline.', { exact: false })).toBeVisible();
  await page.goto('roles/civil-engineer');
  await expect(page.locator('main h1')).toHaveText('Civil Engineer');
  await page.goto('quiz');
  await appReady(page);
  await finishQuiz(page);
  // Strongly agree to everything, reversed statements too: no verdict can rest on that.
  await expect(page.locator('main h1')).toHaveText('Undecided');
  await expect(page.locator('.score-plot')).toBeVisible();
  // Every language is kept: its pages, its text file, and its own not-found page.
  for (const language of LANGUAGES.slice(1)) {
    const folder = `${language.prefix.slice(1)}/`;
    await page.goto(`${folder}results`);
    await expect(page.locator('main h1')).toHaveText(language.words.outcomes[OUTCOME_SLUGS.indexOf('undecided')]);
    await page.goto(`${folder}roles/civil-engineer`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page.locator('main .lede')).not.toBeEmpty();
    await page.goto(`${folder}no/such/page`);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page.locator('main h1')).not.toHaveText('Page not found');
  }
  expect(fromNetwork, 'every response came from the service worker').toEqual([]);
});

test('the app is installable', async ({ baseURL, watchErrors }, testInfo) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-install-'));
  const launch = testInfo.project.use.launchOptions!;
  // An incognito context always reports "in-incognito": installability needs a profile.
  const context = await chromium.launchPersistentContext(dir, { executablePath: launch.executablePath, args: launch.args });
  watchErrors(context);
  try {
    const page = await context.newPage();
    await page.goto(baseURL!);
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(new URL('manifest.webmanifest', baseURL).href)).json();
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a full session keeps to the security policy and its own origin', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  await visitOnce(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toContain("'unsafe-eval'");
  await page.goto('quiz');
  await appReady(page);
  await finishQuiz(page);
  await expect(page.locator('.score-plot')).toBeVisible();
  for (const route of ['roles?track=technical', 'roles/software-engineer', 'compare?roles=civil-engineer,quality-manager', 'history']) {
    await page.goto(route);
    await appReady(page);
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  }
  expect(foreign).toEqual([]);
  await expect(page.locator('.site-footer')).toContainText('no requests to any other site');
});

/** Serves a copy of a build, so the test can deploy a changed one under the page's feet. */
function serveCopy(source: string, port: number): { root: string; server: ChildProcess } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-deploy-'));
  fs.cpSync(source, root, { recursive: true });
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  return { root, server };
}

test('a new deploy is offered with a Reload button and never forced', async ({ page, baseURL }, testInfo) => {
  const repo = path.resolve(__dirname, '../..');
  const sub = new URL(baseURL!).pathname; // "/" or "/crossroads/"
  const source = sub === '/' ? path.join(repo, 'dist') : path.join(repo, 'target/e2e-subpath');
  const port = 4300 + testInfo.workerIndex * 10 + (sub === '/' ? 0 : 1);
  const { root, server } = serveCopy(source, port);
  try {
    const url = `http://127.0.0.1:${port}${sub}`;
    for (let i = 0; i < 50; i++) {
      if (await page.request.get(url).then((r) => r.ok(), () => false)) break;
      await page.waitForTimeout(100);
    }
    await page.goto(url + 'quiz');
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const firstWorker = await page.evaluate(() => caches.keys());
    await page.locator('fieldset label.option').nth(3).click();
    await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);

    // Deploy: a changed build means a changed worker script.
    const sw = path.join(root, sub.replace(/^\//, ''), 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));

    const prompt = page.getByText('A new version is available.', { exact: false });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Nothing reloads by itself: the quiz stays where it was.
    await page.waitForTimeout(1000);
    await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/);
    await page.getByRole('button', { name: 'Reload' }).click();
    // The reload keeps the question in the address, and the answer given.
    await expect(page.locator('#quiz-position')).toHaveText(/^Question 2 of/, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.locator('fieldset input').nth(3)).toBeChecked();
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(/-next$/);
    expect(caches).not.toEqual(firstWorker);
  } finally {
    server.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
