// Crossroads benchmark: `cargo xtask bench` builds the release and runs this.
//
//   node tests/bench/bench.mjs              everything; writes target/bench/report.{md,json}
//   node tests/bench/bench.mjs --sizes-only the deterministic part CI runs (exit 1 over the ceiling)
//   node tests/bench/bench.mjs --paint-only sizes and paint only (no quiz, no Lighthouse)
//   node tests/bench/bench.mjs --interactions-only  the quiz and slider latencies only
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
const { facts } = require(path.join(repo, 'tests/shared/facts.cjs'));

const KB = 1000;
const BUDGET = { brotli: 100 * KB, gzip: 120 * KB };
// The CI guard: the current first load plus a little headroom, so growth cannot go unnoticed.
// It is not the budget above, which this build does not meet yet (see the report).
const CEILING = { brotli: 210 * KB };
const RUNS = Number(process.env.BENCH_RUNS || 5);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

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

/** How tall the result is on a 360 x 780 phone, every disclosure closed, for a person with mixed
 * answers (a Hybrid result with its plan), and where its first sections start. */
async function resultHeight(chromium, url) {
  const shared = require(path.join(repo, 'tests/shared/facts.cjs'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })).newPage();
  await page.goto(url);
  await page.evaluate(([key, e]) => localStorage.setItem(key, JSON.stringify(e)), [shared.facts().storage.key, shared.finishedEnvelope(3, 3)]);
  await page.goto(url + 'results');
  await page.waitForFunction(() => !document.getElementById('static-shell') && document.querySelector('.plan'));
  await page.waitForTimeout(500);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await browser.close();
  return height;
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

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
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
  const root = fs.mkdtempSync(path.join(outDir, 'site-'));
  fs.cpSync(dist, root, { recursive: true });
  const server = await serve(root, 4180);
  const url = 'http://127.0.0.1:4180/';

  if (process.argv.includes('--interactions-only')) {
    const { lines } = await latencies(chromium, url);
    lines.push(`Result height at 360 px: ${await resultHeight(chromium, url)} px (before issue 23: 12,007 px)`);
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
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
    const body = await gp.evaluate(() => document.querySelector('header').outerHTML + '<main>' + document.querySelector('main').innerHTML + '</main>');
    const css = await gp.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));
    const lang = await gp.evaluate(() => document.documentElement.lang);
    fs.writeFileSync(path.join(root, `baseline-${page.replace(/\W/g, '-') || 'home'}.html`), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Baseline</title><link rel="stylesheet" href="${css}"></head><body>${body}</body></html>`);
  }
  await grab.close();

  const paint = {};
  for (const [name, page] of PAGES) {
    const app = [], base = [];
    for (let i = 0; i < RUNS; i++) {
      app.push(await paints(chromium, url + page));
      base.push(await paints(chromium, url + `baseline-${page.replace(/\W/g, '-') || 'home'}.html`));
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
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
    console.log([`Build: ${dist}; medians of ${RUNS} runs`, '', ...sizeLines, '', '## Paint, 4x CPU throttling, against a static page of the same text', '', ...paintLines].join('\n'));
    return;
  }

  const { quiz, weights, lines: latencyLines } = await latencies(chromium, url);
  const height = await resultHeight(chromium, url);
  const layoutLines = [
    '## The result on a phone', '',
    `A Hybrid result with its plan, every disclosure closed, is ${height} px tall at 360 x 780 (${(height / 780).toFixed(1)} screens); before issue 23 it was 12,007 px.`, '',
  ];

  const lh = await lighthouse(url);
  server.close();
  fs.rmSync(root, { recursive: true, force: true });

  const report = { date: new Date().toISOString(), runs: RUNS, sizes: size, languages, budget: BUDGET, ceiling: CEILING, paint, quiz, weights, resultHeight: height, lighthouse: lh };
  const md = [
    '# Crossroads benchmark', '', `${report.date}; release build served locally with brotli; medians of ${RUNS} runs (paint) and 3 runs (quiz, Lighthouse).`, '',
    '## First-load size of /', '', ...sizeLines, '', ...sizeVerdict, '',
    '## Paint, 4x CPU throttling, against a static page of the same text', '',
    ...paintLines, '',
    ...latencyLines,
    ...layoutLines,
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
