// Crossroads benchmark: `cargo xtask bench` builds the release and runs this.
//
//   node tests/bench/bench.mjs              everything; writes target/bench/report.{md,json}
//   node tests/bench/bench.mjs --sizes-only the deterministic part CI runs (exit 1 over the ceiling)
//   node tests/bench/bench.mjs --paint-only sizes and paint only (no quiz, no Lighthouse)
//   node tests/bench/bench.mjs --interactions-only  the quiz and slider latencies only
//   node tests/bench/bench.mjs --phone-only the slow phone only (and the static pages it compares with)
//   BENCH_DIST=<dir> ...                    measures another build (an earlier commit's dist)
//
// Sizes are exact. Timings are medians of several runs, and paint timings are reported as a
// ratio to a static HTML page with the same text, measured in the same run and conditions.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';

const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '../..');
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(repo, 'dist');
const outDir = path.join(repo, 'target/bench');
const require = createRequire(path.join(repo, 'package.json'));
const { facts, finishedEnvelope } = require(path.join(repo, 'tests/shared/facts.cjs'));

const KB = 1000;
const BUDGET = { brotli: 100 * KB, gzip: 120 * KB };
// The CI guard: the current first load plus a little headroom, so growth cannot go unnoticed.
// It is not the budget above, which this build does not meet yet (see the report). Moved from
// 210 to 215 kB, the one move allowed, by the fifth outcome (technical leadership); it moves no
// further.
const CEILING = { brotli: 215 * KB };
const RUNS = Number(process.env.BENCH_RUNS || 5);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
// Lighthouse's mobile profile: a mid-range phone on a slow 4G connection.
const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
// Past this a step counts as not reached, rather than ending the run.
const PHONE_TIMEOUT = 60_000;
const PHONE_TARGET = { ratio: 1.5, height: 6240 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (n) => `${(n / KB).toFixed(1)} kB`;

/** The files a first visit to a language's home page (`index.html`, `es/index.html`)
 * downloads: the page, its stylesheet, script and wasm. */
function firstLoadFiles(page = 'index.html') {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload|preload)"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  return [page, ...refs.map((r) => r.replace(/^.*\//, ''))];
}

/** How far a language's first load may be from English's (issue 24). */
const LANGUAGE_SPREAD = 3 * KB;

/** Each language's first load and its text file (fetched after the first screen), brotli. */
function languageSizes(english) {
  return facts().languages.map((language) => {
    const page = language.prefix ? `${language.prefix.slice(1)}/index.html` : 'index.html';
    const total = sizes(page).total.brotli;
    const prose = brotli(fs.readFileSync(path.join(dist, language.prose_file)));
    return { code: language.code, page: `${language.prefix}/`, total, vsRoot: total - english, prose };
  });
}

const brotli = (data) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function sizes(page) {
  const rows = firstLoadFiles(page).map((file) => {
    const data = fs.readFileSync(path.join(dist, file));
    return {
      file,
      raw: data.length,
      gzip: zlib.gzipSync(data, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

/** A static file server that compresses like a real host (brotli, else gzip); each file is
 * compressed once, as a host with precompressed files would serve it. */
function serve(root, port) {
  const compressed = new Map();
  const encode = (file, body, encoding) => {
    const key = `${encoding}:${file}`;
    if (!compressed.has(key)) {
      compressed.set(key, encoding === 'br'
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
        : zlib.gzipSync(body, { level: 9 }));
    }
    return compressed.get(key);
  };
  const types = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) file = path.join(root, '404.html');
    const body = fs.readFileSync(file);
    const accept = req.headers['accept-encoding'] || '';
    const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' };
    let out = body;
    if (accept.includes('br')) { out = encode(file, body, 'br'); headers['content-encoding'] = 'br'; }
    else if (accept.includes('gzip')) { out = encode(file, body, 'gzip'); headers['content-encoding'] = 'gzip'; }
    res.writeHead(file.endsWith('404.html') && !req.url.endsWith('404.html') ? 404 : 200, headers);
    res.end(out);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function paints(chromium, url) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await (await browser.newContext()).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  // Until the app has mounted and shown its page (a static baseline has nothing to wait for).
  await page.waitForFunction(() => !document.getElementById('static-shell') && document.querySelector('main h1'), null, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const lcp = list.getEntries().at(-1).startTime;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      resolve({ fcp, lcp });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  }));
  await browser.close();
  return result;
}

/** The slowest interaction of each kind over a whole quiz (Event Timing, 4x CPU throttling).
 * Each click is marked with its kind first, and every interaction is attributed to the latest
 * mark before it started. */
async function interactions(chromium, url) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(() => {
    window.__events = [];
    window.__marks = [];
    addEventListener('pointerdown', () => { window.__tapped = performance.now(); }, true);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => e.interactionId && window.__events.push({ id: e.interactionId, start: e.startTime, duration: e.duration })))
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url + 'quiz');
  // The pre-rendered copy has the question too; the app must have taken over.
  await page.waitForFunction(() => !document.getElementById('static-shell') && document.getElementById('quiz-position'));
  const click = async (kind, locator) => {
    await page.evaluate((k) => window.__marks.push({ kind: k, t: performance.now() }), kind);
    await locator.click();
  };
  const n = Number(/of (\d+)/.exec(await page.locator('#quiz-position').innerText())[1]);
  let count = 0;
  // A tap on an answer moves on by itself after a pause (the app's `quiz::ADVANCE_PAUSE_MS`, from the build's facts): from the tap to
  // the next question painted, less that pause, is the work the move costs.
  const moves = [];
  for (let i = 1; i <= n; i++) {
    const options = page.locator('fieldset label.option');
    // Watched from inside the page: the tap's time as the page saw it, and the frame after
    // the question changed.
    await page.evaluate(() => {
      const was = document.getElementById('quiz-position').textContent;
      window.__moved = new Promise((done) => {
        const watch = new MutationObserver(() => {
          if (document.getElementById('quiz-position')?.textContent === was) return;
          watch.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now())));
        });
        watch.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
      });
    });
    await click('answer', options.nth(i % (await options.count())));
    const [tapped, painted] = await page.evaluate(async () => [window.__tapped, await window.__moved]);
    moves.push(painted - tapped - facts().quiz.advance_pause_ms);
    count++;
    if (i % 5 === 0 && i < n) {
      await click('back', page.getByRole('button', { name: 'Back' }));
      await click('next', page.getByRole('button', { name: 'Next' }));
      count += 2;
    }
  }
  // The optional last step: one piece of recent work, then the result.
  await click('add work', page.getByRole('button', { name: 'Add a piece of work' }));
  await page.getByLabel('What was it?').fill('Led the design review');
  await click('answer', page.getByRole('radio', { name: 'Very satisfying', exact: true }));
  await click('answer', page.getByRole('radio', { name: 'Mostly people and coordination' }));
  await click('result', page.getByRole('button', { name: 'See my result' }));
  count += 4;
  await page.waitForSelector('.score-plot');
  await page.waitForTimeout(500);
  const { events, marks } = await page.evaluate(() => ({ events: window.__events, marks: window.__marks }));
  await browser.close();
  // Event Timing reports only events of 16 ms or more; a kind with none reported was faster.
  const slowest = { answer: 0, next: 0, back: 0, 'add work': 0, result: 0 };
  for (const e of events) {
    const mark = marks.filter((m) => m.t <= e.start + 1).at(-1);
    if (mark) slowest[mark.kind] = Math.max(slowest[mark.kind], e.duration);
  }
  slowest['auto-advance'] = Math.max(...moves);
  return { interactions: count, taps: n + 1, slowest };
}

/** The slowest "What matters to you" slider step on /roles (Event Timing, 4x CPU throttling):
 * each key press re-ranks all twelve roles with their reasons, a frame after the slider moves. */
async function weighting(chromium, url) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(() => {
    window.__events = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => e.interactionId && window.__events.push(e.duration)))
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url + 'roles');
  await page.waitForFunction(() => !document.getElementById('static-shell') && document.querySelector('main h1'));
  // An earlier build (BENCH_DIST) may not have the panel.
  if (!(await page.locator('.weights-panel').count())) {
    await browser.close();
    return { presses: 0, slowest: NaN };
  }
  // The sliders are folded away until asked for.
  if (await page.locator('.weights-panel summary').count()) await page.locator('.weights-panel summary').click();
  const sliders = page.locator('.weights-panel input[type=range]');
  let presses = 0;
  for (let i = 0; i < 7; i++) {
    await sliders.nth(i).focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) {
      // A brisk tap rate: four steps a second.
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
      presses++;
    }
  }
  await page.waitForTimeout(500);
  const events = await page.evaluate(() => window.__events);
  await browser.close();
  return { presses, slowest: Math.max(0, ...events) };
}

/** How tall the result is on a 360 x 780 phone, every disclosure closed, for a person who gave
 * every statement `management` and `technical` points (by default mixed answers: a Hybrid result
 * with its plan), and the outcome its heading names. `prefix` is a language's folder (`es/`). */
async function resultHeight(chromium, url, management = 3, technical = 3, prefix = '') {
  const browser = await launch(chromium);
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(url);
    await page.evaluate(([key, e]) => localStorage.setItem(key, JSON.stringify(e)), [facts().storage.key, finishedEnvelope(management, technical)]);
    await page.addInitScript(watchFor, 'verdict');
    await page.goto(url + prefix + 'results');
    await page.waitForFunction(() => window.__reached, null, { timeout: PHONE_TIMEOUT });
    // The language's text file comes after the first screen and may lengthen the page.
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(500);
    return await page.evaluate(() => ({ height: document.documentElement.scrollHeight, outcome: document.querySelector('main h1').textContent.trim() }));
  } catch {
    return { height: NaN, outcome: null };
  } finally {
    await browser.close();
  }
}

const launch = (chromium) => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** Slows a page to the phone profile. Sent again before a reload, in case the renderer changed. */
async function slowDown(cdp) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Runs in the page before its own scripts (`addInitScript`) and sets `window.__reached` to
 * `performance.now()` at the first frame where `kind` holds. Polled every frame rather than on
 * mutations: a stylesheet arriving makes a question visible without any. */
function watchFor(kind) {
  const ready = {
    // A visible answer that a tap on would be recorded: the app has mounted, or the pre-rendered
    // form's inline script is listening (it marks the root `data-early-ready`).
    answerable: () => {
      const input = document.querySelector('main input[type=radio][name=answer]');
      const early = document.documentElement.hasAttribute('data-early-ready');
      const app = !document.getElementById('static-shell');
      return input && (app || early) && input.checkVisibility() && input.getBoundingClientRect().width > 0 && (app ? 'app' : 'early');
    },
    // The app's own result: not the pre-rendered shell, nor the notice while stored data loads.
    verdict: () => !document.getElementById('static-shell') && !document.querySelector('main .loading') && document.querySelector('main h1')?.textContent.trim(),
  }[kind];
  const poll = () => {
    const what = ready();
    // Timed once the frame that shows it has been painted, as the quiz's own timings are.
    if (what) setTimeout(() => { window.__reached = { t: performance.now(), what }; });
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** The moment `watchFor` saw in the current document (`t` null if it never came) and the
 * document's first paint. */
async function reached(page) {
  const hit = await page.waitForFunction(() => window.__reached, null, { timeout: PHONE_TIMEOUT }).then((h) => h.jsonValue(), () => ({ t: null, what: null }));
  // The paint entry arrives a little after the frame itself.
  const fcp = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { timeout: 5000 }).then((h) => h.jsonValue(), () => NaN);
  // Nothing is on screen before the first paint (a pre-rendered answer can be ready before it).
  return { ...hit, t: hit.t === null ? null : Math.max(hit.t, Number.isFinite(fcp) ? fcp : 0), frame: hit.t, fcp };
}

/** A return visit: once the service worker controls the page (the app registers sw.js itself;
 * the worker takes the page once it has cached the build), a reload on the slow phone, timed by
 * `watchFor`, with the responses that still came from the network. */
async function returnVisit(page, url, cdp) {
  const controlled = await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: PHONE_TIMEOUT }).then(() => true, () => false);
  await page.waitForLoadState('networkidle').catch(() => {});
  await slowDown(cdp);
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.reload({ waitUntil: 'commit' });
  const hit = await reached(page);
  await page.waitForLoadState('load', { timeout: PHONE_TIMEOUT }).catch(() => {});
  const network = responses.filter((r) => !r.fromServiceWorker()).map((r) => r.url().replace(url, '/'));
  return { ...hit, controlled, responses: responses.length, network };
}

/** A first visit to a quiz in a fresh context on the slow phone, then a return once the service
 * worker controls the page: when an answer could first be tapped, the first paint, and on the
 * first visit the bytes that had arrived by then. */
async function phoneQuiz(chromium, url, route) {
  const browser = await launch(chromium);
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    const cdp = await page.context().newCDPSession(page);
    await slowDown(cdp);
    await page.addInitScript(watchFor, 'answerable');
    // CDP's timestamps are monotonic; a request's wallTime beside its timestamp gives the offset
    // to the page's clock (performance.timeOrigin).
    let offset;
    const finished = [];
    cdp.on('Network.requestWillBeSent', (e) => { offset ??= (e.wallTime - e.timestamp) * 1000; });
    cdp.on('Network.loadingFinished', (e) => finished.push({ at: e.timestamp * 1000, bytes: e.encodedDataLength }));
    await page.goto(url + route, { waitUntil: 'commit' });
    const first = await reached(page);
    if (first.t !== null) {
      const at = (await page.evaluate(() => performance.timeOrigin)) + first.t - offset;
      const before = finished.filter((f) => f.at <= at);
      Object.assign(first, { bytes: before.reduce((n, f) => n + f.bytes, 0), responses: before.length });
    }
    return { first, again: await returnVisit(page, url, cdp) };
  } finally {
    await browser.close();
  }
}

/** A returning visitor's result: a finished quiz stored and /results loaded once, so the service
 * worker has cached the build and taken the page; then a reload on the slow phone, timed to the
 * app's verdict. */
async function phoneVerdict(chromium, url) {
  const browser = await launch(chromium);
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    await page.goto(url);
    await page.evaluate(([key, e]) => localStorage.setItem(key, JSON.stringify(e)), [facts().storage.key, finishedEnvelope(3, 3)]);
    await page.goto(url + 'results');
    await page.addInitScript(watchFor, 'verdict');
    return await returnVisit(page, url, await page.context().newCDPSession(page));
  } finally {
    await browser.close();
  }
}

/** A static page's first and largest paint on the slow phone, in a fresh context. */
async function phonePaint(chromium, url) {
  const browser = await launch(chromium);
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    await slowDown(await page.context().newCDPSession(page));
    await page.goto(url, { waitUntil: 'load', timeout: PHONE_TIMEOUT });
    await page.waitForTimeout(1000);
    return await page.evaluate(() => new Promise((resolve) => {
      const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      setTimeout(() => resolve({ fcp: fcp(), lcp: NaN }), 5000);
      new PerformanceObserver((list) => resolve({ fcp: fcp(), lcp: list.getEntries().at(-1).startTime }))
        .observe({ type: 'largest-contentful-paint', buffered: true });
    }));
  } catch {
    return { fcp: NaN, lcp: NaN };
  } finally {
    await browser.close();
  }
}

/** The header and main area of a mounted page as static HTML with the same stylesheet. */
async function baselineHtml(page) {
  const body = await page.evaluate(() => document.querySelector('header').outerHTML + '<main>' + document.querySelector('main').innerHTML + '</main>');
  const css = await page.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));
  const lang = await page.evaluate(() => document.documentElement.lang);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title><link rel="stylesheet" href="${css}"></head><body>${body}</body></html>`;
}

const baselineFile = (page) => `baseline-${page.replace(/\W/g, '-') || 'home'}.html`;

/** Writes a route's baseline as a phone shows it once the app has mounted, in a fresh context:
 * a quiz's first question, or the result of a stored finished quiz. False if it never showed. */
async function phoneBaseline(chromium, url, root, route, kind) {
  const browser = await launch(chromium);
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    if (kind === 'verdict') {
      await page.goto(url);
      await page.evaluate(([key, e]) => localStorage.setItem(key, JSON.stringify(e)), [facts().storage.key, finishedEnvelope(3, 3)]);
    }
    await page.addInitScript(watchFor, kind);
    await page.goto(url + route);
    await page.waitForFunction(() => window.__reached && !document.getElementById('static-shell'), null, { timeout: PHONE_TIMEOUT });
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(500);
    fs.writeFileSync(path.join(root, baselineFile(route)), await baselineHtml(page));
    return true;
  } catch {
    return false;
  } finally {
    await browser.close();
  }
}

/** The median of the runs that got there, and how many did. */
function reachedMedian(xs) {
  const ok = xs.filter(Number.isFinite);
  return { median: ok.length ? median(ok) : null, reached: ok.length, runs: xs.length };
}
const ms = (s) => (s.median === null ? 'not reached' : `${s.median.toFixed(0)} ms${s.reached < s.runs ? ` (not reached in ${s.runs - s.reached} of ${s.runs})` : ''}`);

/** The slow phone: when a quiz question can first be answered (first and returning visit) and
 * when a returning visitor's verdict shows, each against the largest paint of a static page of
 * the same text; the bytes before the first answer; the result's height for each outcome. */
async function phone(chromium, url, root) {
  const languages = facts().languages.map((l) => ({ code: l.code, prefix: l.prefix ? `${l.prefix.slice(1)}/` : '', outcomes: l.words.outcomes }));
  // Without its baseline (the page never showed) a row has no ratio, rather than one against the 404 page.
  const baselines = {};
  for (const route of [...languages.map((l) => `${l.prefix}quiz`), 'results']) {
    baselines[route] = await phoneBaseline(chromium, url, root, route, route === 'results' ? 'verdict' : 'answerable');
  }
  const staticPaint = (route) => (baselines[route] ? phonePaint(chromium, url + baselineFile(route)) : { fcp: NaN, lcp: NaN });

  // App and static page alternate, so a disturbance hits both.
  const quiz = {};
  for (const l of languages) {
    const runs = [], base = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await phoneQuiz(chromium, url, `${l.prefix}quiz`));
      base.push(await staticPaint(`${l.prefix}quiz`));
    }
    quiz[l.code] = { route: `/${l.prefix}quiz`, runs, baseline: base };
  }
  const verdicts = [], verdictBase = [];
  for (let i = 0; i < RUNS; i++) {
    verdicts.push(await phoneVerdict(chromium, url));
    verdictBase.push(await staticPaint('results'));
  }
  const envelopes = [['management', 4, 0], ['technical', 0, 4], ['hybrid', 3, 3], ['undecided', 1, 1]];
  const heights = [];
  for (const l of languages) {
    for (const [name, m, t] of envelopes) {
      const h = await resultHeight(chromium, url, m, t, l.prefix);
      heights.push({ language: l.code, answers: name, management: m, technical: t, ...h, isOutcome: l.outcomes.includes(h.outcome) });
    }
  }

  // One row per page and visit: its first paint, its moment, the static page's largest paint.
  const row = (page, visit, loads, base, extra = {}) => {
    const t = reachedMedian(loads.map((r) => r.t ?? NaN));
    const lcp = median(base.map((b) => b.lcp).filter(Number.isFinite));
    const all = t.reached === t.runs && Number.isFinite(lcp);
    const by = Object.entries(loads.reduce((n, r) => (r.what && (n[r.what] = (n[r.what] || 0) + 1), n), {})).map(([k, n]) => `${k} ${n}`).join(', ');
    return { page, visit, fcp: median(loads.map((r) => r.fcp).filter(Number.isFinite)), t, lcp, ratio: all ? t.median / lcp : null, ok: all && t.median / lcp <= PHONE_TARGET.ratio, ...extra, by };
  };
  const worker = (loads) => `${loads.reduce((n, r) => n + r.responses - r.network.length, 0)} of ${loads.reduce((n, r) => n + r.responses, 0)}${loads.every((r) => r.controlled) ? '' : `; controlled ${loads.filter((r) => r.controlled).length} of ${loads.length}`}`;
  const rows = [];
  for (const q of Object.values(quiz)) {
    rows.push(row(q.route, 'first', q.runs.map((r) => r.first), q.baseline, { worker: '' }));
    rows.push(row(q.route, 'returning', q.runs.map((r) => r.again), q.baseline, { worker: worker(q.runs.map((r) => r.again)) }));
  }
  rows.push(row('/results (verdict)', 'returning', verdicts, verdictBase, { worker: worker(verdicts) }));
  const bytes = Object.values(quiz).map((q) => ({ route: q.route, ...reachedMedian(q.runs.map((r) => r.first.bytes ?? NaN)), responses: median(q.runs.map((r) => r.first.responses).filter(Number.isFinite)) }));
  const fetched = [...new Set([...Object.values(quiz).flatMap((q) => q.runs.flatMap((r) => r.again.network)), ...verdicts.flatMap((r) => r.network)])];
  const n0 = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'not reached');

  const lines = [
    '## Slow phone: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, 4x CPU, 360 x 780 (Lighthouse\'s mobile profile)', '',
    `Medians of ${RUNS} runs, each in a fresh browser. A question is answerable when a visible answer in main would record a tap (the app has mounted, or a pre-rendered form is marked data-early-ready); a returning visit reloads once the service worker controls the page. Each against the largest paint of a static page with the same header and main, same profile; target <= ${PHONE_TARGET.ratio}x. The service worker's own downloads (it caches the whole build on a first visit) are not slowed: the emulation covers the page only.`, '',
    '| page | visit | first paint (FCP) | answerable / verdict | static page (LCP) | ratio | | reached by (app, early form; the verdict\'s heading) | responses from the service worker |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...rows.map((r) => `| ${r.page} | ${r.visit} | ${n0(r.fcp)} | ${ms(r.t)} | ${n0(r.lcp)} | ${r.ratio === null ? '—' : `${r.ratio.toFixed(2)}x`} | ${verdict(r.ok)} | ${r.by || '—'} | ${r.worker || '—'} |`),
    '',
    `Bytes before the first answer, first visit (encoded, headers included): ${bytes.map((b) => `${b.route} ${b.median === null ? 'not reached' : `${kb(b.median)} in ${b.responses} responses`}`).join('; ')}.`,
    fetched.length ? `Fetched from the network on returning visits: ${fetched.join(', ')}.` : 'Returning visits fetched nothing from the network.', '',
    `| result at 360 x 780, every disclosure closed | language | main h1 | height | target | |`, '| --- | --- | --- | ---: | ---: | --- |',
    ...heights.map((h) => `| ${h.answers} (${h.management}, ${h.technical}) | ${h.language} | ${h.outcome ?? 'not reached'}${h.outcome && !h.isOutcome ? ' (not an outcome name)' : ''} | ${Number.isFinite(h.height) ? `${h.height} px (${(h.height / 780).toFixed(1)} screens)` : 'not reached'} | <= ${PHONE_TARGET.height} px | ${verdict(h.height <= PHONE_TARGET.height)} |`),
    '',
  ];
  return { data: { profile: { ...PHONE, network: SLOW_4G, cpu: 4 }, target: PHONE_TARGET, quiz, verdicts, verdictBaseline: verdictBase, rows, bytes, heights }, lines };
}

/** The quiz's interactions and the slider step, three runs each, as report lines. */
async function latencies(chromium, url) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await interactions(chromium, url));
  const kinds = ['answer', 'auto-advance', 'next', 'back', 'add work', 'result'];
  const labels = { result: 'See my result (renders the report)', 'auto-advance': 'auto-advance: tap to next question painted, less the 350 ms pause', weights: 'What matters to you: a slider step on /roles, 4 a second (re-ranks twelve roles)' };
  const slowest = Object.fromEntries(kinds.map((k) => [k, median(runs.map((q) => q.slowest[k]))]));
  const weights = [];
  for (let i = 0; i < 3; i++) weights.push(await weighting(chromium, url));
  slowest.weights = median(weights.map((w) => w.slowest));
  const lines = [
    '## Interactions, 4x CPU throttling (Event Timing)', '',
    `${runs[0].interactions} quiz interactions and ${weights[0].presses} slider steps per run; the slowest of each kind, median of 3 runs; budget 100 ms. Taps from the first question to the result: ${runs[0].taps} for ${runs[0].taps - 1} questions (before issue 23: 81 for 40).`, '',
    '| interaction | slowest | |', '| --- | ---: | --- |',
    ...[...kinds, 'weights'].map((k) => Number.isNaN(slowest[k])
      ? `| ${labels[k] || k} | not in this build | |`
      : `| ${labels[k] || k} | ${slowest[k] ? slowest[k].toFixed(0) + ' ms' : 'under 16 ms'} | ${verdict(!(slowest[k] > 100))} |`), '',
  ];
  return { quiz: { runs, slowestMedian: slowest }, weights, lines };
}

// Asynchronous on purpose: the compressing server runs in this process and must keep answering.
async function lighthouse(url) {
  const bin = path.join(here, 'node_modules/.bin/lighthouse');
  if (!fs.existsSync(bin)) return null;
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const out = path.join(outDir, `lighthouse-${i}.json`);
    await promisify(execFile)(bin, [url, '--quiet', '--output=json', `--output-path=${out}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    runs.push({
      performance: r.categories.performance.score * 100,
      accessibility: r.categories.accessibility.score * 100,
      bestPractices: r.categories['best-practices'].score * 100,
      seo: r.categories.seo.score * 100,
      lcp: r.audits['largest-contentful-paint'].numericValue,
      tbt: r.audits['total-blocking-time'].numericValue,
      cls: r.audits['cumulative-layout-shift'].numericValue,
    });
  }
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

const verdict = (ok) => (ok ? 'meets' : 'MISSES');

/** A copy of the build served at http://127.0.0.1:4180/ (the copy can take static baselines). */
async function site() {
  const root = fs.mkdtempSync(path.join(outDir, 'site-'));
  fs.cpSync(dist, root, { recursive: true });
  const server = await serve(root, 4180);
  return { root, url: 'http://127.0.0.1:4180/', close: () => { server.close(); fs.rmSync(root, { recursive: true, force: true }); } };
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  // Before the sizes, which read the text files the facts name: an earlier build (BENCH_DIST)
  // has others.
  if (process.argv.includes('--phone-only')) {
    const { root, url, close } = await site();
    const { lines } = await phone(require('playwright-core').chromium, url, root);
    close();
    console.log([`Build: ${dist}`, '', ...lines].join('\n'));
    return;
  }
  const size = sizes();
  const sizeLines = [
    '| file | raw | gzip | brotli |', '| --- | ---: | ---: | ---: |',
    ...size.rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
    `| **first load of /** | ${kb(size.total.raw)} | ${kb(size.total.gzip)} | ${kb(size.total.brotli)} |`,
  ];
  const languages = languageSizes(size.total.brotli);
  const signed = (n) => `${n >= 0 ? '+' : '−'}${kb(Math.abs(n))}`;
  sizeLines.push(
    '',
    '| language | first load (brotli) | against / | its text file, fetched after the first screen (brotli) |',
    '| --- | ---: | ---: | ---: |',
    ...languages.map((l) => `| ${l.code} (${l.page}) | ${kb(l.total)} | ${signed(l.vsRoot)} | ${kb(l.prose)} |`),
  );
  const spreadOk = languages.every((l) => Math.abs(l.vsRoot) <= LANGUAGE_SPREAD);
  const sizeVerdict = [
    `- every language's first load within ${kb(LANGUAGE_SPREAD)} of /: ${verdict(spreadOk)}`,
    `- brotli ${kb(size.total.brotli)} against the budget of ${kb(BUDGET.brotli)}: ${verdict(size.total.brotli <= BUDGET.brotli)} (${(size.total.brotli / BUDGET.brotli).toFixed(2)}x the budget)`,
    `- gzip ${kb(size.total.gzip)} against the budget of ${kb(BUDGET.gzip)}: ${verdict(size.total.gzip <= BUDGET.gzip)} (${(size.total.gzip / BUDGET.gzip).toFixed(2)}x the budget)`,
    `- CI regression ceiling ${kb(CEILING.brotli)} brotli: ${verdict(size.total.brotli <= CEILING.brotli)}`,
  ];
  if (process.argv.includes('--sizes-only')) {
    console.log(['First-load size of /', '', ...sizeLines, '', ...sizeVerdict].join('\n'));
    const within = size.total.brotli <= CEILING.brotli;
    const passed = Number(within) + Number(spreadOk);
    console.log(`size: ${passed} passed, ${2 - passed} failed`);
    process.exit(passed === 2 ? 0 : 1);
  }

  const { chromium } = require('playwright-core');
  const { root, url, close } = await site();

  if (process.argv.includes('--interactions-only')) {
    const { lines } = await latencies(chromium, url);
    lines.push(`Result height at 360 px: ${(await resultHeight(chromium, url)).height} px (before issue 23: 12,007 px)`);
    close();
    console.log(lines.join('\n'));
    return;
  }

  // Each page's baseline: the header and main area the app shows there once mounted, as static
  // HTML with the same stylesheet. A deep link to a role page or the comparison is how most
  // visitors arrive, so those are measured beside the home page; and each other language's home.
  const PAGES = [
    ['home', ''],
    ['role page', 'roles/civil-engineer'],
    ['compare', 'compare'],
    ...facts().languages.slice(1).map((l) => [`home (${l.code})`, `${l.prefix.slice(1)}/`]),
  ];
  const grab = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const gp = await grab.newPage();
  for (const [, page] of PAGES) {
    await gp.goto(url + page);
    await gp.waitForFunction(() => !document.getElementById('static-shell') && document.querySelector('main h1'));
    await gp.waitForTimeout(500);
    fs.writeFileSync(path.join(root, baselineFile(page)), await baselineHtml(gp));
  }
  await grab.close();

  const paint = {};
  for (const [name, page] of PAGES) {
    const app = [], base = [];
    for (let i = 0; i < RUNS; i++) {
      app.push(await paints(chromium, url + page));
      base.push(await paints(chromium, url + baselineFile(page)));
    }
    const p = {
      app: { fcp: median(app.map((r) => r.fcp)), lcp: median(app.map((r) => r.lcp)) },
      baseline: { fcp: median(base.map((r) => r.fcp)), lcp: median(base.map((r) => r.lcp)) },
    };
    p.ratio = { fcp: p.app.fcp / p.baseline.fcp, lcp: p.app.lcp / p.baseline.lcp };
    paint[name] = p;
  }
  const paintLines = [
    '| page | FCP app | FCP static | ratio | LCP app | LCP static | ratio |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(paint).map(([name, p]) => `| ${name} | ${p.app.fcp.toFixed(0)} ms | ${p.baseline.fcp.toFixed(0)} ms | ${p.ratio.fcp.toFixed(2)}x | ${p.app.lcp.toFixed(0)} ms | ${p.baseline.lcp.toFixed(0)} ms | ${p.ratio.lcp.toFixed(2)}x |`),
  ];
  if (process.argv.includes('--paint-only')) {
    close();
    console.log([`Build: ${dist}; medians of ${RUNS} runs`, '', ...sizeLines, '', '## Paint, 4x CPU throttling, against a static page of the same text', '', ...paintLines].join('\n'));
    return;
  }

  const { quiz, weights, lines: latencyLines } = await latencies(chromium, url);
  const { height } = await resultHeight(chromium, url);
  const { data: phoneData, lines: phoneLines } = await phone(chromium, url, root);
  const layoutLines = [
    '## The result on a phone', '',
    `A Hybrid result with its plan, every disclosure closed, is ${height} px tall at 360 x 780 (${(height / 780).toFixed(1)} screens); before issue 23 it was 12,007 px.`, '',
  ];

  const lh = await lighthouse(url);
  close();

  const report = { date: new Date().toISOString(), runs: RUNS, sizes: size, languages, budget: BUDGET, ceiling: CEILING, paint, quiz, weights, resultHeight: height, phone: phoneData, lighthouse: lh };
  const md = [
    '# Crossroads benchmark', '', `${report.date}; release build served locally with brotli; medians of ${RUNS} runs (paint, slow phone) and 3 runs (quiz, Lighthouse).`, '',
    '## First-load size of /', '', ...sizeLines, '', ...sizeVerdict, '',
    '## Paint, 4x CPU throttling, against a static page of the same text', '',
    ...paintLines, '',
    ...latencyLines,
    ...layoutLines,
    ...phoneLines,
    '## Lighthouse 12.8.2, mobile defaults, median of 3', '',
    ...(lh ? [
      '| measure | value | target | |', '| --- | ---: | ---: | --- |',
      `| Performance | ${lh.performance} | >= 98 | ${verdict(lh.performance >= 98)} |`,
      `| Accessibility | ${lh.accessibility} | 100 | ${verdict(lh.accessibility >= 100)} |`,
      `| Best Practices | ${lh.bestPractices} | 100 | ${verdict(lh.bestPractices >= 100)} |`,
      `| SEO | ${lh.seo} | 100 | ${verdict(lh.seo >= 100)} |`,
      `| LCP | ${(lh.lcp / 1000).toFixed(2)} s | <= 1.6 s | ${verdict(lh.lcp <= 1600)} |`,
      `| TBT | ${lh.tbt.toFixed(0)} ms | <= 60 ms | ${verdict(lh.tbt <= 60)} |`,
      `| CLS | ${lh.cls.toFixed(3)} | <= 0.02 | ${verdict(lh.cls <= 0.02)} |`,
    ] : ['Lighthouse is not installed (tests/bench/node_modules); `cargo xtask bench` installs it.']),
  ].join('\n');
  fs.writeFileSync(path.join(outDir, 'report.json'), JSON.stringify(report, null, 2));
  fs.writeFileSync(path.join(outDir, 'report.md'), md + '\n');
  console.log(md);
}

main().catch((e) => { console.error(e); process.exit(1); });
