// The two engines besides Chromium, driven over WebDriver with WebdriverIO: Firefox ESR through
// geckodriver (WebDriver BiDi, so console and page errors arrive as events from the start of
// every page) and WebKitGTK through WebKitWebDriver (classic WebDriver, which has no log access:
// errors are caught by hooks installed once each page has loaded, see `open`).
import { remote } from 'webdriverio';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import shared from '../shared/facts.cjs';

const { facts } = shared;

export const repo = path.resolve(import.meta.dirname, '../..');
export const results = path.join(repo, 'target/e2e-results/engines');

const GECKODRIVER = path.join(process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo'), 'bin/geckodriver');
const FIREFOX = '/usr/lib/firefox-esr/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER_PORT = 4444;

const OPTIONS = { logLevel: 'error', waitforTimeout: 15_000, connectionRetryCount: 1 };

// Each engine has `setUp`/`tearDown` around the whole run, `start()` for a session in a fresh
// profile, `downloads` (the folder its downloads land in) and `canPrint` (whether its driver
// implements WebDriver's print command).

/** Firefox ESR over geckodriver, with BiDi for console and page errors. */
class Firefox {
  constructor() {
    this.name = 'firefox';
    this.canPrint = true;
  }
  async setUp() {
    this.downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-ff-'));
  }
  async tearDown() {
    fs.rmSync(this.downloads, { recursive: true, force: true });
  }
  async start() {
    const browser = await remote({
      ...OPTIONS,
      capabilities: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: FIREFOX,
          args: ['-headless', '-width=1280', '-height=900'],
          prefs: {
            'browser.download.folderList': 2,
            'browser.download.dir': this.downloads,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
          },
        },
        'wdio:geckodriverOptions': { binary: GECKODRIVER },
      },
    });
    const errors = [];
    browser.on('log.entryAdded', (entry) => {
      if (entry.level === 'error') errors.push(`${entry.type}: ${entry.text}`);
    });
    await browser.sessionSubscribe({ events: ['log.entryAdded'] });
    browser.crossroadsErrors = async () => errors.splice(0);
    return browser;
  }
}

/** WebKitGTK's MiniBrowser over WebKitWebDriver. */
class WebKit {
  constructor() {
    this.name = 'webkit';
    this.canPrint = false;
  }
  async setUp() {
    this.home = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-wk-'));
    this.downloads = path.join(this.home, 'downloads');
    // MiniBrowser saves downloads to the XDG download folder without asking.
    fs.mkdirSync(this.downloads);
    fs.mkdirSync(path.join(this.home, 'config'));
    fs.writeFileSync(path.join(this.home, 'config/user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${this.downloads}"\n`);
    await this.startDriver();
  }
  /** One driver serves every session in turn; it needs a display (the suite runs under xvfb-run). */
  async startDriver() {
    this.driver = spawn('WebKitWebDriver', [`--port=${WEBKIT_DRIVER_PORT}`], {
      stdio: 'ignore',
      env: { ...process.env, XDG_CONFIG_HOME: path.join(this.home, 'config') },
    });
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`http://127.0.0.1:${WEBKIT_DRIVER_PORT}/status`).then((r) => r.ok, () => false);
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('WebKitWebDriver did not start');
  }
  async tearDown() {
    await this.stopDriver();
    fs.rmSync(this.home, { recursive: true, force: true });
  }
  /** Stops the driver and waits (5 s at most) until it has let go of its port. */
  async stopDriver() {
    const driver = this.driver;
    if (!driver || driver.exitCode !== null) return;
    const gone = new Promise((resolve) => driver.once('exit', resolve));
    driver.kill();
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }
  async start() {
    // On a busy machine WebKitWebDriver now and then never answers a new session (see the
    // shared toolchain notes): give it 60 s, then restart the driver and try once more. A
    // second hang is a real failure.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.session();
      } catch (error) {
        if (attempt >= 2) throw error;
        await this.stopDriver();
        await this.startDriver();
      }
    }
  }
  async session() {
    const browser = await remote({
      ...OPTIONS,
      connectionRetryTimeout: 60_000,
      hostname: '127.0.0.1',
      port: WEBKIT_DRIVER_PORT,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    await browser.setWindowSize(1280, 900);
    // A read that fails is a failure: dropping it would drop whatever errors it held.
    browser.crossroadsErrors = () =>
      read(browser, () => (window.__crossroadsErrors ?? []).splice(0)).catch((error) => {
        throw new Error(`could not read the page's errors: ${error}`);
      });
    browser.crossroadsHook = () =>
      browser.execute(() => {
        if (window.__crossroadsErrors) return;
        const seen = (window.__crossroadsErrors = []);
        const original = console.error;
        console.error = (...args) => {
          seen.push(`console: ${args.join(' ')}`);
          original.apply(console, args);
        };
        addEventListener('error', (e) => seen.push(`page error: ${e.message}`));
        addEventListener('unhandledrejection', (e) => seen.push(`unhandled rejection: ${e.reason}`));
      });
    return browser;
  }
}

/**
 * The engines to run: all of them, or those named in CROSSROADS_ENGINES ("firefox,webkit").
 * A name that is no engine's, or a list that names none, is refused rather than run as fewer
 * engines than meant (`cargo xtask test` clears the variable: it always runs both).
 */
export function engines() {
  const all = [new Firefox(), new WebKit()];
  const value = process.env.CROSSROADS_ENGINES;
  if (value === undefined) return all;
  const wanted = value.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !all.some((e) => e.name === name));
  if (unknown.length) {
    throw new Error(
      `CROSSROADS_ENGINES="${value}": ${unknown.map((n) => `"${n}"`).join(', ')} is not an engine here; name some of ${all.map((e) => e.name).join(', ')}, or unset it to run all`,
    );
  }
  return all.filter((e) => wanted.includes(e.name));
}

/**
 * Runs `body(browser)` in a fresh session of `engine`; fails if the page logged or threw an
 * error, and leaves a screenshot in target/e2e-results/engines/ when anything fails.
 */
export async function withSession(engine, name, body) {
  const browser = await engine.start();
  const errors = [];
  browser.collectErrors = async () => errors.push(...(await browser.crossroadsErrors()));
  try {
    await body(browser);
    await browser.collectErrors();
    if (errors.length) throw new Error(`console or page errors:\n${errors.join('\n')}`);
  } catch (error) {
    fs.mkdirSync(results, { recursive: true });
    const file = path.join(results, `${engine.name}-${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
    await browser.saveScreenshot(file).catch(() => {});
    throw error;
  } finally {
    await browser.deleteSession().catch(() => {});
  }
}

/**
 * Loads `url` and waits until the app has mounted (the static first paint is gone) and shows a
 * main heading. Errors from the page before are collected first: a load starts a new page.
 */
export async function open(browser, url) {
  await browser.collectErrors();
  await browser.url(url);
  await mounted(browser);
  await browser.crossroadsHook?.();
}

/** Waits until the app has replaced the static first paint and shows a main heading. */
export async function mounted(browser) {
  await browser.waitUntil(
    () =>
      browser.execute(() => {
        const h1 = document.querySelector('main h1');
        return !document.getElementById('static-shell') && h1 !== null && h1.getClientRects().length > 0;
      }),
    { timeoutMsg: 'the app never mounted a page with a main heading' },
  );
}

/** Waits until the text of `selector` matches `expected` (a string for equality, or a RegExp). */
export async function waitText(browser, selector, expected) {
  let last = '';
  // The message is built on failure: it names the text seen last.
  await browser
    .waitUntil(async () => {
      const el = await browser.$(selector);
      last = (await el.isExisting()) ? await el.getText() : '(missing)';
      return typeof expected === 'string' ? last.trim() === expected : expected.test(last);
    })
    .catch((e) => {
      throw new Error(`${selector}: expected ${expected}, last saw "${last}" (${e.message})`);
    });
}

/** Waits until the page shows `text` somewhere in `main` or in a notice. */
export async function waitForText(browser, text) {
  await browser.waitUntil(
    () => browser.execute((t) => document.body.innerText.includes(t), text),
    { timeoutMsg: `the page never showed "${text}"` },
  );
}

/** Presses Tab until the element matching `selector` has focus, as a keyboard user would. */
export async function tabTo(browser, selector) {
  for (let i = 0; i < 15; i++) {
    if (await browser.execute((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await browser.keys('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/**
 * Runs a read-only script in the page. WebKitWebDriver now and then answers an `execute/sync`
 * with "Could not parse script result" while the page is busy re-rendering (seen once in a CI
 * run, not reproduced in two runs after it): a read is safe to repeat, so it gets one retry.
 */
export async function read(browser, script, ...args) {
  try {
    return await browser.execute(script, ...args);
  } catch (error) {
    if (!String(error).includes('Could not parse script result')) throw error;
    await browser.pause(200);
    return browser.execute(script, ...args);
  }
}

/** Stores `envelope` as the saved progress of the site at `url` and reloads there. */
export async function seed(browser, url, envelope) {
  await open(browser, url);
  await browser.execute((key, v) => localStorage.setItem(key, v), facts().storage.key, JSON.stringify(envelope));
}

/** Waits until the service worker controls the page (it has cached every file of the build). */
export async function controlled(browser) {
  await browser.waitUntil(() => browser.execute(() => navigator.serviceWorker.controller !== null), {
    timeout: 20_000,
    timeoutMsg: 'the service worker never took control',
  });
}
