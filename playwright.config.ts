import { defineConfig } from '@playwright/test'

// The e2e suite starts the real app (`scripts/start.ts --fresh-db`): a fresh database per run, on the PostgreSQL in
// DATABASE_URL or, without it, on the embedded PostgreSQL in memory. Debian's Chromium, never a downloaded browser.
const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${port}`
const embedded = !process.env.DATABASE_URL

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The embedded database serves one connection at a time, so the app is the bottleneck there: one worker.
  workers: embedded ? 1 : 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'npx tsx scripts/start.ts --fresh-db',
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      DEELWIJS_DATA_DIR: '.data/e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      // The suite registers and signs in dozens of people from one address; the limits themselves are tested in
      // tests/integration/rate-limit.test.ts against memory and a real Redis.
      RATE_LIMIT_SIGN_IN: '10000',
      RATE_LIMIT_REGISTRATION: '10000',
      RATE_LIMIT_JOIN_CODE: '10000',
    },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
