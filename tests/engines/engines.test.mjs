// The cross-engine part of the end-to-end suite: what differs between engines (keyboard and
// radios, storage, service worker and offline, Blob downloads and file inputs, print, dark
// theme) checked in Firefox ESR and WebKitGTK against the release builds. `cargo xtask test`
// runs it under xvfb-run after building dist/ and target/e2e-subpath/; alone:
//   xvfb-run -a node --test --test-concurrency=1 tests/engines/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './server.mjs';
import {
  engines,
  withSession,
  open,
  mounted,
  waitText,
  waitForText,
  tabTo,
  seed,
  controlled,
  repo,
  results,
  read,
} from './support.mjs';
import shared from '../shared/facts.cjs';

const { quizContent, answerFor, finishedEnvelope } = shared;
const KEY = shared.facts().storage.key;
const LINK_PREFIX = shared.facts().quiz.link_prefix;
// Ports WebKit accepts (it refuses some, 4190 among them, as "restricted network ports").
const ROOT_PORT = 4273;
const SUBPATH_PORT = 4274;
const SCRATCH_PORT = 4275;

/** Points per scale (0-4) that lead to each outcome; either-or questions follow the lean. */
const OUTCOMES = [
  { heading: 'Management track', management: 4, technical: 1, leadership: 1 },
  { heading: 'Technical track', management: 1, technical: 4, leadership: 1 },
  { heading: 'Technical leadership', management: 1, technical: 4, leadership: 4 },
  { heading: 'Hybrid path', management: 3, technical: 3, leadership: 3 },
  { heading: 'Undecided', management: 1, technical: 1, leadership: 1 },
];

/**
 * Takes the whole quiz by keyboard: Tab into each radio group, Space and the arrow keys to the
 * wanted answer, Tab to Next, Enter; then skips the optional last step the same way.
 */
async function quizByKeyboard(browser, outcome) {
  const items = quizContent();
  for (const [i, item] of items.entries()) {
    await waitText(browser, '#quiz-position', `Question ${i + 1} of ${items.length}`);
    const index = answerFor(item, outcome) - 1;
    await tabTo(browser, 'fieldset input[type="radio"]');
    // One key per action: WebKit drops repeated keys sent in one action (no person types that
    // fast), and the app re-renders the group after each change.
    for (const key of [' ', ...Array(index).fill('ArrowDown')]) await browser.keys(key);
    const checked = await read(browser, () =>
      [...document.querySelectorAll('fieldset input[type="radio"]')].findIndex((r) => r.checked),
    );
    assert.equal(checked, index, `question ${i + 1}: the keys should check option ${index + 1}`);
    await tabTo(browser, 'form button[type="submit"]');
    await browser.keys('Enter');
  }
  await waitText(browser, '#quiz-position', 'Last step (optional)');
  await tabTo(browser, 'form button[type="submit"]');
  await browser.keys('Enter');
  await browser.$('.score-plot').waitForDisplayed();
}

/** Answers the next `n` questions by clicking their fourth option ("Agree"): one click each,
 * as the quiz moves on by itself. */
async function answerByMouse(browser, n) {
  for (let i = 0; i < n; i++) {
    const before = await browser.$('#quiz-position').getText();
    await browser.$$('fieldset label.option')[3].click();
    await browser.waitUntil(async () => (await browser.$('#quiz-position').getText()) !== before);
  }
}

/**
 * Stores `envelope` (every question answered), then finishes it as a person would from the
 * quiz's last step (See my result, under the heading `lastStep` in the site's language), so it
 * is kept as an attempt in History.
 */
async function finishSeeded(browser, site, envelope, lastStep = 'Last step (optional)') {
  await seed(browser, site, envelope);
  await open(browser, `${site}quiz?q=six-months`);
  await waitText(browser, '#quiz-position', lastStep);
  await browser.$('form button[type="submit"]').click();
  await browser.$('.score-plot').waitForDisplayed();
}

/** The explorer's track radio labelled `name` (the radios are drawn as pills by their labels). */
const trackRadio = (browser, name) => browser.$(`//fieldset//label[normalize-space()='${name}']//input`);

const stored = (browser) => browser.execute((k) => localStorage.getItem(k), KEY);

/** A downloaded file's text: waits for it in `dir`. */
async function downloaded(browser, dir) {
  let file;
  await browser.waitUntil(() => {
    file = fs.readdirSync(dir).find((f) => f.endsWith('.json'));
    return file !== undefined;
  }, { timeoutMsg: `no download arrived in ${dir}` });
  return { name: file, text: fs.readFileSync(path.join(dir, file), 'utf8') };
}

/** A PDF's text with its deflated streams inflated, so page objects and colours can be read. */
function pdfText(pdf) {
  const text = pdf.toString('latin1');
  let all = text;
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    try {
      all += zlib.inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      // Not a deflated stream (an image, say): it holds no page objects.
    }
  }
  return all;
}

/** The RGB fill and stroke colours a PDF paints with, as lower-case hex ("1b2430"). */
function pdfColours(text) {
  const hex = (x) => Math.round(parseFloat(x) * 255).toString(16).padStart(2, '0');
  const found = new Set();
  for (const m of text.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG|sc|SC|scn|SCN)\b/g)) {
    found.add(hex(m[1]) + hex(m[2]) + hex(m[3]));
  }
  return found;
}

/** The dark theme's colours: the second value of each light-dark() in the stylesheet. */
function darkPalette() {
  const css = fs.readFileSync(path.join(repo, 'style/main.css'), 'utf8');
  return [...css.matchAll(/light-dark\(#([0-9a-f]{6}), #([0-9a-f]{6})\)/gi)].map((m) => m[2].toLowerCase());
}

for (const engine of engines()) {
  describe(engine.name, () => {
    let root;
    let subpath;
    before(async () => {
      root = await serve(path.join(repo, 'dist'), ROOT_PORT);
      subpath = await serve(path.join(repo, 'target/e2e-subpath'), SUBPATH_PORT);
      await engine.setUp();
    });
    after(async () => {
      await engine.tearDown();
      await root.close();
      await subpath.close();
    });

    for (const outcome of OUTCOMES) {
      it(`the quiz by keyboard reaches "${outcome.heading}", and the result survives a reload`, () =>
        withSession(engine, `quiz ${outcome.heading}`, async (browser) => {
          await open(browser, `${root.url}/quiz`);
          await quizByKeyboard(browser, outcome);
          await waitText(browser, 'main h1', outcome.heading);
          assert.equal(await browser.getTitle(), `Result: ${outcome.heading} · Crossroads`);
          const caption = await browser.$('.score-plot figcaption').getText();
          assert.match(caption, new RegExp(`inside the ${outcome.heading} area`));
          assert.equal((await browser.$$('.match-list a')).length, 5);
          await browser.collectErrors();
          await browser.refresh();
          await mounted(browser);
          await waitText(browser, 'main h1', outcome.heading);
          assert.equal(await browser.$('.score-plot figcaption').getText(), caption);
        }));
    }

    it('the language switch keeps the page, the answers and the result, and is remembered', () =>
      withSession(engine, 'language switch', async (browser) => {
        const [en, es] = shared.facts().languages;
        const lang = () => read(browser, () => document.documentElement.lang);
        await open(browser, `${root.url}/quiz`);
        await answerByMouse(browser, 3);
        const answers = JSON.parse(await stored(browser)).data.quiz.answers;
        await browser.$(`header a[hreflang="${es.code}"]`).click();
        await browser.waitUntil(async () => (await browser.getUrl()).endsWith(`${es.prefix}/quiz?q=4`));
        await mounted(browser);
        assert.equal(await lang(), es.code);
        assert.deepEqual(JSON.parse(await stored(browser)).data.quiz.answers, answers);
        // A finished quiz reads the same in both languages.
        await finishSeeded(browser, `${root.url}${es.prefix}/`, finishedEnvelope(4, 1), es.words.last_step);
        await waitText(browser, 'main h1', es.words.outcomes[0]);
        await browser.$(`header a[hreflang="${en.code}"]`).click();
        await browser.waitUntil(async () => (await browser.getUrl()).endsWith('/results'));
        await mounted(browser);
        await waitText(browser, 'main h1', en.words.outcomes[0]);
        assert.equal(await lang(), en.code);
        // The choice is remembered: back to Spanish, the site's root opens in Spanish.
        await browser.$(`header a[hreflang="${es.code}"]`).click();
        await browser.waitUntil(async () => (await lang()) === es.code);
        // Leaving a page that is still fetching makes Firefox log the cut-off requests as
        // errors; a person reads the page first.
        await mounted(browser);
        await browser.waitUntil(() => read(browser, () => document.readyState === 'complete'));
        await browser.pause(500);
        await open(browser, `${root.url}/`);
        assert.equal(new URL(await browser.getUrl()).pathname, `${es.prefix}/`);
        assert.equal(await lang(), es.code);
      }));

    it('a progress link opens in a fresh profile with the answers', async () => {
      let link;
      await withSession(engine, 'link made', async (browser) => {
        await open(browser, `${root.url}/quiz`);
        await answerByMouse(browser, 4);
        const copy = await browser.$('button=Copy a link to my answers');
        await copy.scrollIntoView({ block: 'center' });
        await copy.click();
        const field = await browser.$('.save-link input');
        await field.waitForDisplayed();
        link = await field.getValue();
        assert.match(link, new RegExp(`/quiz#${LINK_PREFIX.replace('.', '\\.')}[0-9A-Za-z_-]+$`));
      });
      await withSession(engine, 'link opened', async (browser) => {
        await open(browser, link);
        await waitForText(browser, 'Answers restored from your link.');
        await waitForText(browser, 'You have answered 4 of');
        assert.equal(new URL(await browser.getUrl()).hash, '');
        await browser.$('button*=Continue').click();
        await waitText(browser, '#quiz-position', /^Question 5 of/);
      });
    });

    it('export, then import into a fresh profile, gives the same state', async () => {
      let exported;
      await withSession(engine, 'export', async (browser) => {
        await finishSeeded(browser, `${root.url}/`, finishedEnvelope(4, 1));
        await waitText(browser, 'main h1', 'Management track');
        await open(browser, `${root.url}/roles/chemical-engineer`);
        await browser.$('main button.shortlist-toggle').click();
        await browser.waitUntil(async () => (await browser.$('main button.shortlist-toggle').getAttribute('aria-pressed')) === 'true');
        await open(browser, `${root.url}/history`);
        for (const old of fs.readdirSync(engine.downloads)) fs.rmSync(path.join(engine.downloads, old));
        await browser.$('button=Export my data').click();
        const file = await downloaded(browser, engine.downloads);
        assert.match(file.name, /^crossroads-\d{4}-\d{2}-\d{2}\.json$/);
        exported = file.text;
        assert.deepEqual(JSON.parse(exported).data, JSON.parse(await stored(browser)).data);
      });
      const file = path.join(results, `${engine.name}-export.json`);
      fs.mkdirSync(results, { recursive: true });
      fs.writeFileSync(file, exported);
      await withSession(engine, 'import', async (browser) => {
        await open(browser, `${root.url}/history`);
        // addValue, not setValue: the input is visually hidden behind its button, and clearing
        // it first would need it to be interactable.
        await browser.$('input[type="file"]').addValue(file);
        await waitForText(browser, 'Imported: your answers, one finished attempt');
        assert.equal((await browser.$$('table.attempts tbody tr')).length, 1);
        assert.deepEqual(JSON.parse(await stored(browser)).data, JSON.parse(exported).data);
        await open(browser, `${root.url}/quiz`);
        await waitForText(browser, 'You have answered every question');
      });
    });

    it('the role explorer keeps its filters in the URL', () =>
      withSession(engine, 'explorer', async (browser) => {
        await open(browser, `${root.url}/roles?track=technical&q=design&sort=salary-low`);
        assert.equal(await trackRadio(browser, 'Technical').isSelected(), true);
        assert.equal(await browser.$('#role-search').getValue(), 'design');
        assert.equal(await browser.$('#role-sort').getValue(), 'salary-low');
        assert.equal((await browser.$$('.role-grid .badge-management')).length, 0);
        const technical = (await browser.$$('.role-grid .badge-technical')).length;
        assert.ok(technical > 0, 'some technical roles match "design"');
        await browser.$(`//fieldset//label[normalize-space()='Management']`).click();
        await browser.waitUntil(async () => (await browser.getUrl()).includes('track=management'));
        await browser.back();
        await browser.waitUntil(async () => (await browser.getUrl()).includes('track=technical'));
        await browser.waitUntil(() => trackRadio(browser, 'Technical').isSelected());
      }));

    for (const [where, site] of [
      ['the site root', () => root.url + '/'],
      ['/crossroads/', () => subpath.url + '/crossroads/'],
    ]) {
      it(`a role deep link opens at ${where}, and its links stay there`, () =>
        withSession(engine, `deep link ${where}`, async (browser) => {
          const base = site();
          await open(browser, `${base}roles/civil-engineer`);
          await waitText(browser, 'main h1', 'Civil Engineer');
          await browser.$('nav[aria-label="Main"]').$('a=Compare').click();
          await browser.waitUntil(async () => (await browser.getUrl()) === `${base}compare`);
          await waitText(browser, 'main h1', /^Compare/);
          await browser.back();
          await waitText(browser, 'main h1', 'Civil Engineer');
        }));
    }

    it('after one visit the app works offline', async () => {
      const site = await serve(path.join(repo, 'dist'), SCRATCH_PORT);
      try {
        await withSession(engine, 'offline', async (browser) => {
          await open(browser, `${site.url}/`);
          await controlled(browser);
          site.offline = true;
          // Loaded again, not refreshed: WebDriver's refresh bypasses the service worker in
          // Firefox, as a forced reload does.
          await open(browser, `${site.url}/`);
          await waitText(browser, 'main h1', /which way at the crossroads/);
          // The server drops connections rather than the browser going offline, so the
          // browser still believes it is online: no "You are offline." notice is expected here
          // (the Chromium suite checks it); every page below comes from the service worker.
          await open(browser, `${site.url}/roles/civil-engineer`);
          await waitText(browser, 'main h1', 'Civil Engineer');
          await open(browser, `${site.url}/quiz`);
          await waitText(browser, '#quiz-position', /^Question 1 of/);
        });
      } finally {
        await site.close();
      }
    });

    it('a new deploy is offered with a Reload button and never forced', async () => {
      const site = await serve(path.join(repo, 'dist'), SCRATCH_PORT);
      try {
        await withSession(engine, 'update', async (browser) => {
          await open(browser, `${site.url}/quiz`);
          await controlled(browser);
          await answerByMouse(browser, 1);
          site.rewrite('/sw.js', (text) =>
            text.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"),
          );
          await browser.executeAsync((done) =>
            navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => done()),
          );
          await waitForText(browser, 'A new version is available.');
          await browser.pause(1000);
          await waitText(browser, '#quiz-position', /^Question 2 of/);
          await browser.collectErrors();
          await browser.$('button=Reload').click();
          // The reload keeps the question in the address.
          await mounted(browser);
          await waitText(browser, '#quiz-position', /^Question 2 of/);
          await browser.crossroadsHook?.();
          const names = await browser.executeAsync((done) => caches.keys().then(done));
          assert.equal(names.length, 1);
          assert.match(names[0], /-next$/);
        });
      } finally {
        await site.close();
      }
    });

    it('the result prints on light paper, even in the dark theme', { skip: !engine.canPrint && 'WebKitWebDriver has no print command' }, () =>
      withSession(engine, 'print', async (browser) => {
        await seed(browser, `${root.url}/`, finishedEnvelope(1, 4));
        await open(browser, `${root.url}/results`);
        await waitText(browser, 'main h1', 'Technical track');
        await browser.$('button*=Dark theme').click();
        await browser.waitUntil(async () => (await browser.$('html').getAttribute('data-theme')) === 'dark');
        const pdf = Buffer.from(await browser.printPage(), 'base64');
        assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
        fs.mkdirSync(results, { recursive: true });
        fs.writeFileSync(path.join(results, `${engine.name}-result.pdf`), pdf);
        const text = pdfText(pdf);
        const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
        assert.ok(pages >= 1 && pages <= 2, `the result printed on ${pages} pages`);
        const colours = pdfColours(text);
        assert.ok(colours.has('000000'), 'black text on the page');
        const dark = darkPalette().filter((c) => colours.has(c));
        assert.deepEqual(dark, [], 'no colour of the dark theme on paper');
      }));

    it('the dark theme applies and is remembered', () =>
      withSession(engine, 'dark theme', async (browser) => {
        await open(browser, `${root.url}/`);
        const background = () =>
          browser.execute(() => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
          });
        assert.ok((await background()) > 0.8, 'the light theme has a light background');
        await browser.$('button*=Dark theme').click();
        await browser.waitUntil(async () => (await browser.$('html').getAttribute('data-theme')) === 'dark');
        assert.ok((await background()) < 0.2, 'the dark theme has a dark background');
        await open(browser, `${root.url}/roles`);
        assert.equal(await browser.$('html').getAttribute('data-theme'), 'dark');
        assert.equal(await browser.$('button*=Dark theme').getAttribute('aria-pressed'), 'true');
        assert.ok((await background()) < 0.2, 'the dark background survives a reload');
      }));
  });
}
