import { db } from './client.server'
import { databaseHealth, type Health, setDatabaseHealth } from './health-state'

// Database health, watched from inside the app: a cheap `select 1` every second. While the database does not answer,
// proxy.ts answers every request with a clear 503 ("even niet bereikbaar") instead of letting pages fail one by one;
// as soon as it answers again, requests go through: no restart needed. State lives on globalThis, shared by the
// proxy and the route handlers of the same server process.

const INTERVAL_MS = 1000
const TIMEOUT_MS = 2000
// A busy server can miss one probe; only two failures in a row mean the database is gone.
const FAILURES_BEFORE_DOWN = 2

async function probe(): Promise<boolean> {
  let timeout: ReturnType<typeof setTimeout> | undefined
  try {
    await Promise.race([
      db().$queryRaw`select 1`,
      new Promise((_, reject) => {
        timeout = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)
      }),
    ])
    return true
  } catch {
    return false
  } finally {
    clearTimeout(timeout)
  }
}

export function startDatabaseMonitor() {
  if (databaseHealth()?.timer) return
  const health: Health = { up: true, since: Date.now() }
  setDatabaseHealth(health)
  let running = false
  let failures = 0
  health.timer = setInterval(async () => {
    if (running) return
    running = true
    const ok = await probe()
    running = false
    failures = ok ? 0 : failures + 1
    const up = ok || (health.up && failures < FAILURES_BEFORE_DOWN)
    if (up !== health.up) {
      health.up = up
      health.since = Date.now()
      console.log(up ? '[deelwijs] database reachable again' : '[deelwijs] database unreachable: answering 503')
    }
  }, INTERVAL_MS)
  health.timer.unref?.()
}
