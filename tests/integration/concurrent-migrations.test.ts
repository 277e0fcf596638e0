import { spawn } from 'node:child_process'
import pg from 'pg'
import { expect, test } from 'vitest'
import { MIGRATION_LOCK_KEY, migrationNamesOnDisk } from '@/lib/db/schema-engine.server'
import { freshDatabase } from '../support/fresh-database'

// Two instances starting at the same time both run `db:deploy` (scripts/start.ts does it before serving) against one
// empty database. The migration lock makes them take turns: every migration is applied exactly once, both processes
// succeed, and the second finds nothing left to do.

function deploy(url: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'deploy'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('exit', (code) => resolve({ code, output }))
  })
}

test('two processes migrating one fresh database at once apply every migration exactly once', async () => {
  const database = await freshDatabase('concurrent')
  try {
    const [first, second] = await Promise.all([deploy(database.url), deploy(database.url)])
    expect(first.code, first.output).toBe(0)
    expect(second.code, second.output).toBe(0)

    const onDisk = await migrationNamesOnDisk()
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const rows = await client.query<{ migration_name: string; times: number; finished: number }>(
        `SELECT migration_name, count(*)::int AS times, count(finished_at)::int AS finished
         FROM _prisma_migrations GROUP BY migration_name ORDER BY migration_name`,
      )
      expect(rows.rows).toEqual(onDisk.map((name) => ({ migration_name: name, times: 1, finished: 1 })))
      // Nobody holds the lock once both are done (a leaked lock would block the next deploy). A server backend ends a
      // moment after its client has exited, so the check waits a little for that.
      await expect
        .poll(
          async () =>
            (
              await client.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1`, [
                MIGRATION_LOCK_KEY,
              ])
            ).rowCount,
          { timeout: 5_000 },
        )
        .toBe(0)
    } finally {
      await client.end()
    }
    // Exactly one of the two applied the migrations; the other waited its turn and found the schema up to date.
    const applied = [first.output, second.output].map((output) => output.match(/applied migration /g)?.length ?? 0)
    expect(applied.sort()).toEqual([0, onDisk.length])
  } finally {
    await database.drop()
  }
}, 120_000)
