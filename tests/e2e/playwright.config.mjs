// End-to-end tests: Playwright drives Debian's Chromium (never a downloaded
// browser) against the release build in dist/, served on 127.0.0.1.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node scripts/serve-dist.mjs dist ${PORT} 127.0.0.1`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      // The same build under a sub-path, as on a shared static host.
      command: `node scripts/serve-dist.mjs dist ${PORT + 1} 127.0.0.1 /backcheck/`,
      cwd: '../..',
      url: `http://127.0.0.1:${PORT + 1}/backcheck/index.html`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
  ],
});
