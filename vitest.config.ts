import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': fileURLToPath(new URL('./', import.meta.url)),
  // Next swaps `import 'server-only'` for an empty module on the server; tests run on the server side too.
  'server-only': fileURLToPath(new URL('./node_modules/next/dist/compiled/server-only/empty.js', import.meta.url)),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Property tests, the PDF renderer and the scenario CLI take 1–2 s alone; `npm test` runs this project beside
          // the integration suite on two cores, where the 5 s default was seen running out.
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          setupFiles: ['tests/integration/worker-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Several production instances behind HAProxy (ADR 031): PostgreSQL only, one file at a time, own ports.
          name: 'instances',
          include: ['tests/instances/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/instances/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
