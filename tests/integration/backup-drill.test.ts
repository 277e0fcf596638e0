import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { expect, test } from 'vitest'
import { createPrismaClient } from '@/lib/db/client.server'
import { startEmbeddedPostgres } from '@/lib/db/embedded.server'
import { applyMigrations } from '@/lib/db/schema-engine.server'
import { seedDemo } from '@/lib/seed/demo.server'

// The backup drill for the embedded database: seed the demo (which records attempts with their moves), back up with
// `npm run db:backup`, wipe the data folder, restore with `npm run db:restore`, and every table holds exactly what it
// held before. It runs the real commands against a data folder of its own, in both database passes (the backup is
// of the embedded database whatever DATABASE_URL the suite uses).

function command(script: string, args: string[], dataRoot: string): Promise<{ code: number | null; output: string }> {
  // Without DATABASE_URL: the commands work on the embedded database under DEELWIJS_DATA_DIR.
  const { DATABASE_URL: _url, DATABASE_POOL_MAX: _max, ...rest } = process.env as Record<string, string | undefined>
  const env = { ...rest, DEELWIJS_DATA_DIR: dataRoot } as unknown as NodeJS.ProcessEnv
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk
    })
    child.on('exit', (code: number | null) => resolve({ code, output }))
  })
}

/** Every table's rows, as a fingerprint per table (row count and an md5 over the rows in a fixed order). */
async function contents(dataDir: string): Promise<Record<string, string>> {
  const embedded = await startEmbeddedPostgres({ dataDir })
  const client = new pg.Client({ connectionString: embedded.url })
  await client.connect()
  try {
    const tables = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )
    const result: Record<string, string> = {}
    for (const { tablename } of tables.rows) {
      const name = `"${tablename.replace(/"/g, '""')}"`
      const row = await client.query<{ n: number; hash: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS hash FROM ${name} t`,
      )
      result[tablename] = `${row.rows[0]?.n}:${row.rows[0]?.hash}`
    }
    return result
  } finally {
    await client.end()
    await embedded.close()
  }
}

test('seed, record moves, back up, wipe, restore: every table compares equal', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'deelwijs-drill-'))
  const dataDir = path.join(root, 'pglite')
  const backup = path.join(root, 'backups', 'drill.tar.gz')
  try {
    const embedded = await startEmbeddedPostgres({ dataDir })
    try {
      await applyMigrations(embedded.url)
      const client = createPrismaClient(embedded.url, 1)
      await seedDemo(client)
      await client.$disconnect()
    } finally {
      await embedded.close()
    }
    const before = await contents(dataDir)
    expect(Number(before.ChoiceEvent?.split(':')[0])).toBeGreaterThan(0)
    expect(Number(before.User?.split(':')[0])).toBeGreaterThan(0)

    const backedUp = await command('scripts/backup.ts', ['backup', backup], root)
    expect(backedUp.code, backedUp.output).toBe(0)

    await rm(dataDir, { recursive: true, force: true })
    const restored = await command('scripts/backup.ts', ['restore', backup], root)
    expect(restored.code, restored.output).toBe(0)
    expect(await contents(dataDir)).toEqual(before)

    // Restoring over a database that is there is refused; with --force the old one is moved aside, not deleted.
    const refused = await command('scripts/backup.ts', ['restore', backup], root)
    expect(refused.code).toBe(1)
    expect(refused.output).toContain('--force')
    const forced = await command('scripts/backup.ts', ['restore', backup, '--force'], root)
    expect(forced.code, forced.output).toBe(0)
    expect((await readdir(root)).filter((name) => name.startsWith('pglite.before-restore-'))).toHaveLength(1)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}, 600_000)
