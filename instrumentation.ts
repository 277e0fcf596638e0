// Runs once when the server starts (Next's instrumentation hook): start watching the database, so an outage is
// answered with a clear 503 and the app recovers by itself (lib/db/health.server.ts); and start the outbox.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || !process.env.DATABASE_URL) return
  const { startDatabaseMonitor } = await import('./lib/db/health.server')
  startDatabaseMonitor()
  // Deliver queued xAPI statements and gradebook scores (lib/outbox/outbox.server.ts).
  const { startOutboxWorker } = await import('./lib/outbox/outbox.server')
  startOutboxWorker()
}
