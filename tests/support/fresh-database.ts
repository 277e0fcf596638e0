import pg from 'pg'
import { inject } from 'vitest'
import { withDatabase } from '@/lib/db/connection.server'
import { startEmbeddedPostgres } from '@/lib/db/embedded.server'

let databases = 0

export type FreshDatabase = { url: string; poolMax: number; drop: () => Promise<void> }

/**
 * An empty database of the test's own (no migrations applied), on the same kind of server the suite runs on: a new
 * database on PostgreSQL, or a new in-memory PGlite (which serves one connection at a time) in the embedded pass.
 */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  const plan = inject('testDatabase')
  if (plan.kind === 'embedded') {
    const embedded = await startEmbeddedPostgres()
    return { url: embedded.url, poolMax: 1, drop: embedded.close }
  }
  // Our own name (prefix of the run's template, a label from the test, digits), never input: safe to interpolate.
  const name = `${plan.templateDatabase}_${label}_${process.pid}_${++databases}`
  const admin = new pg.Client({ connectionString: plan.adminUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  return {
    url: withDatabase(plan.adminUrl, name),
    poolMax: 2,
    drop: async () => {
      const client = new pg.Client({ connectionString: plan.adminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}
