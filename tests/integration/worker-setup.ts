// Runs in the test's own process before each integration test file is imported (vitest isolates files, so every
// file gets a fresh worker). It gives the file a database of its own and points DATABASE_URL at it before anything
// imports lib/db/client.server, so `db()` just works:
// - server mode: a clone of the migrated template from global-setup.ts, one per worker (VITEST_POOL_ID);
// - embedded mode: an in-memory PGlite started from global-setup's migrated snapshot, used through a pool of one.

import pg from 'pg'
import { afterAll, inject } from 'vitest'
import { disconnectDb } from '@/lib/db/client.server'
import { withDatabase } from '@/lib/db/connection.server'
import { startEmbeddedPostgres } from '@/lib/db/embedded.server'
import { applyMigrations } from '@/lib/db/schema-engine.server'

const plan = inject('testDatabase')
let close: () => Promise<void> = async () => {}

if (plan.kind === 'server') {
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? String(process.pid)
  const database = `${plan.templateDatabase}_w${worker.replace(/\D/g, '')}`
  // CREATE DATABASE cannot take parameters; both names are ours (prefix, base 36 run id, digits), never user input.
  const admin = new pg.Client({ connectionString: plan.adminUrl })
  await admin.connect()
  try {
    // The previous file in this worker slot used the same name: start from the template again.
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${plan.templateDatabase}"`)
  } finally {
    await admin.end()
  }
  process.env.DATABASE_URL = withDatabase(plan.adminUrl, database)
} else {
  const embedded = await startEmbeddedPostgres({ snapshot: plan.snapshot })
  close = embedded.close
  // The snapshot is migrated already; this confirms it in a few milliseconds.
  await applyMigrations(embedded.url)
  process.env.DATABASE_URL = embedded.url
  // The embedded database serves one connection at a time (lib/db/embedded.server.ts).
  process.env.DATABASE_POOL_MAX = '1'
}

afterAll(async () => {
  await disconnectDb()
  await close()
})
