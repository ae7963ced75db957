// End-to-end suite: the release build served by a plain static file server (no rewrites, no
// SPA fallback), once at the site root and once under /crossroads/, in Debian's Chromium.
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
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/crossroads/` } },
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
