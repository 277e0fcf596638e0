import { defineConfig } from '@playwright/test'

// The e2e suite starts the real app (`scripts/start.ts --fresh-db`): a fresh database per run, on the PostgreSQL in
// DATABASE_URL or, without it, on the embedded PostgreSQL in memory. Debian's Chromium, never a downloaded browser.
const port = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${port}`
// The test SMTP server of the mail specs: beside the app's own port, so runs on other ports never share it.
const smtpPort = port + 50
const embedded = !process.env.DATABASE_URL

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores carry the browser, the app, the database and two workers: a journey that takes 20 s alone can take three
  // times that under load. The timeout only catches hangs; speed is measured by the benchmarks in bench/.
  timeout: 90_000,
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
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium' },
      // Every journey runs in the PostgreSQL pass. The embedded pass (CI's second) runs the journeys whose database
      // work differs by kind: registration, moves and resuming, certificates, the reports' hand-written SQL, export
      // and erasure, a SIGKILL in the middle of a dilemma, and single sign-on with LTI grades through the outbox. The
      // rest (page checks, static pages, forms) asks the same of both databases; the integration suite runs whole on
      // both (ADR 039).
      ...(embedded
        ? {
            testMatch: [
              /registration\.spec\.ts$/,
              /player\.spec\.ts$/,
              /certificates\.spec\.ts$/,
              /completion-report\.spec\.ts$/,
              /privacy\.spec\.ts$/,
              /faults\.spec\.ts$/,
              /integrations\.spec\.ts$/,
            ],
          }
        : { testIgnore: /no-js\.spec\.ts$/ }),
    },
    // Every form must work as a plain POST: before hydration on a slow phone, or with scripts off (PostgreSQL pass).
    ...(embedded
      ? []
      : [
          {
            name: 'no-js',
            use: { browserName: 'chromium' as const, javaScriptEnabled: false },
            testMatch: /no-js\.spec\.ts$/,
          },
        ]),
  ],
  // Beside the app: a real OpenID Connect provider, a test LTI platform and a test LRS (tests/servers/), on localhost.
  webServer: [
    {
      command: 'npx tsx tests/servers/oidc-provider.ts',
      url: 'http://localhost:3120/.well-known/openid-configuration',
      env: { OIDC_TEST_PORT: '3120', OIDC_TEST_APP_ORIGIN: baseURL },
      reuseExistingServer: false,
    },
    {
      command: 'npx tsx tests/servers/run-lti-platform.ts',
      url: 'http://localhost:3130/jwks',
      env: { LTI_TEST_PORT: '3130', LTI_TEST_TOOL_ORIGIN: baseURL },
      reuseExistingServer: false,
    },
    {
      command: 'npx tsx tests/servers/run-lrs.ts',
      url: 'http://localhost:3140/xapi/statements',
      env: { LRS_TEST_PORT: '3140' },
      reuseExistingServer: false,
    },
    {
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
        // The demo admin and coordinator answer a code at every sign-in; two workers may pick the same code at once.
        RATE_LIMIT_SECOND_FACTOR: '10000',
        // Mail goes to the real SMTP server a spec starts on this port (tests/servers/smtp.ts); see reset.spec.ts.
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: 'Deelwijs e2e <deelwijs@example.test>',
        // Single sign-on against tests/servers/oidc-provider.ts (SURFconext-like claims).
        OIDC_PRESET: 'surfconext',
        OIDC_ISSUER: 'http://localhost:3120',
        OIDC_CLIENT_ID: 'deelwijs-e2e',
        OIDC_CLIENT_SECRET: 'e2e-oidc-client-secret-not-for-production',
        OIDC_ORGANISATIONS: 'hva.example=hogeschool-demostad',
        OIDC_DOCENT_VALUES: 'faculty',
        // The test LMS (tests/servers/lti-platform.ts) shows Deelwijs in a frame; statements go to the test LRS. Its
        // course page under 127.0.0.1 is another site than Deelwijs on localhost: a third-party frame (lti-framed).
        FRAME_ANCESTORS: 'http://localhost:3130 http://127.0.0.1:3130',
        // Dynamic registration fetches the test LMS's configuration over http://localhost (a test setting; ADR 038).
        LTI_REGISTRATION_ALLOW_HTTP_LOCALHOST: 'true',
        XAPI_ENABLED: 'true',
        XAPI_LRS_URL: 'http://localhost:3140/xapi/',
        XAPI_LRS_USERNAME: 'e2e-lrs',
        XAPI_LRS_PASSWORD: 'e2e-lrs-secret',
        OUTBOX_INTERVAL_SECONDS: '2',
      },
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
})
