// End-to-end suite: the release build served by a plain static file server (no rewrites, no
// SPA fallback), at the site root and (the path-sensitive specs) under /crossroads/, in
// Debian's Chromium. Firefox and WebKit run a cross-engine part of it: tests/engines/.
// `cargo xtask test` builds both before running this.
import { defineConfig } from '@playwright/test';
import path from 'node:path';

const ROOT_PORT = 4173;
const SUBPATH_PORT = 4174;
const repo = path.resolve(__dirname, '../..') + '/';

export default defineConfig({
  testDir: '.',
  outputDir: `${repo}target/e2e-results`,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Generous: several tests take a whole quiz, two browsers share two cores in CI.
  timeout: 60_000,
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
      // Under a sub-path what can break is where things are: routes, links, the service worker's
      // scope, files fetched later. The quiz's logic and the axe audits do not depend on it and
      // run at the root only, which keeps the warm test run near 15 minutes.
      testMatch: ['routes.spec.ts', 'prerender.spec.ts', 'offline.spec.ts', 'explore.spec.ts', 'progress.spec.ts', 'language.spec.ts'],
    },
  ],
  webServer: [
    {
      command: `python3 -m http.server ${ROOT_PORT} --bind 127.0.0.1 --directory ${repo}dist`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `python3 -m http.server ${SUBPATH_PORT} --bind 127.0.0.1 --directory ${repo}target/e2e-subpath`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/crossroads/`,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
