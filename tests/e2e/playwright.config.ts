// End-to-end suite: the release build served by a plain static file server (no rewrites, no
// SPA fallback), at the site root and (the path-sensitive specs) under /crossroads/, in
// Debian's Chromium. Firefox and WebKit run a cross-engine part of it: tests/engines/.
// `cargo xtask test` builds both before running this.
import { defineConfig } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const ROOT_PORT = 4173;
const SUBPATH_PORT = 4174;
const repo = path.resolve(__dirname, '../..') + '/';
// CI and `cargo xtask test` (which sets CROSSROADS_FULL_RUN): no `.only` may narrow the run, and
// the servers are always this run's own, never one left over serving another build.
const fullRun = Boolean(process.env.CI || process.env.CROSSROADS_FULL_RUN);

// Under a sub-path what can break is where things are: routes, links, the service worker's
// scope, files fetched later. The specs that test those say so in their opening comment (the
// line below), so a new or renamed spec keeps its place; the quiz's logic and the axe audits do
// not depend on the path and run at the root only, which keeps the warm run near 15 minutes.
const SUBPATH_MARK = '// Also runs under /crossroads/';
const subpathSpecs = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.spec.ts') && fs.readFileSync(path.join(__dirname, f), 'utf8').includes(SUBPATH_MARK));
if (subpathSpecs.length === 0) throw new Error(`no spec is marked "${SUBPATH_MARK}"`);

export default defineConfig({
  testDir: '.',
  outputDir: `${repo}target/e2e-results`,
  fullyParallel: true,
  forbidOnly: fullRun,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Generous: several tests take the whole quiz (62 questions, each with its pause before the
  // next), two browsers share two cores in CI.
  timeout: 90_000,
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    {
      name: 'subpath',
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/crossroads/` },
      testMatch: subpathSpecs,
    },
  ],
  webServer: [
    {
      command: `python3 -m http.server ${ROOT_PORT} --bind 127.0.0.1 --directory ${repo}dist`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !fullRun,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `python3 -m http.server ${SUBPATH_PORT} --bind 127.0.0.1 --directory ${repo}target/e2e-subpath`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/crossroads/`,
      reuseExistingServer: !fullRun,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
