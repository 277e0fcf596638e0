// Runs once before the multi-instance tests: they start the production build, so make sure it is current (building
// takes minutes; when `npm test` ran the e2e suite first, scripts/start.ts already built it and this is a no-op).
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { buildIsCurrent, fingerprintFile, sourceFingerprint } from '../../scripts/lib/build-fingerprint'
import { adminUrl } from './cluster'

export default function setup() {
  adminUrl() // Fails with a clear message without DATABASE_URL: these tests run in the PostgreSQL pass (ADR 031).
  const fingerprint = sourceFingerprint()
  if (buildIsCurrent(fingerprint)) return
  console.log('[instances] building the app (changed sources)…')
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (build.status !== 0) throw new Error('the production build failed')
  writeFileSync(fingerprintFile, fingerprint)
}
