import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { expect, test } from 'vitest'
import { db, disconnectDb, Prisma } from '@/lib/db/client.server'
import { startEmbeddedPostgres } from '@/lib/db/embedded.server'
import { applyMigrations, defaultMigrationPaths, pendingSchemaChanges } from '@/lib/db/schema-engine.server'

const uniqueEmail = () => `db-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(defaultMigrationPaths.migrationsDir, { withFileTypes: true })
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
}

test('the migrations created every table and are recorded as finished', async () => {
  const tables = await db().$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
  expect(tables.map((t) => t.table_name)).toEqual(
    expect.arrayContaining([
      '_prisma_migrations',
      'User',
      'Organisation',
      'Membership',
      'Group',
      'GroupMember',
      'Assignment',
      'Attempt',
      'ChoiceEvent',
      'LoginFailure',
      'Invitation',
      'AuditLog',
    ]),
  )
  const recorded = await db().$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`
  expect(recorded.map((m) => m.migration_name)).toEqual(await migrationFolders())
})

test('db() creates and reads a user', async () => {
  const email = uniqueEmail()
  const created = await db().user.create({ data: { email, name: 'Test Persoon' } })
  const read = await db().user.findUniqueOrThrow({ where: { email } })
  expect(read).toMatchObject({ id: created.id, email, name: 'Test Persoon', active: true, sessionVersion: 0 })
  expect(read).not.toHaveProperty('passwordHash')
})

test('a second user with the same e-mail is rejected', async () => {
  const email = uniqueEmail()
  await db().user.create({ data: { email, name: 'Eerste' } })
  const error = await db()
    .user.create({ data: { email, name: 'Tweede' } })
    .catch((e: unknown) => e)
  expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError)
  expect((error as Prisma.PrismaClientKnownRequestError).code).toBe('P2002')
  expect(await db().user.count({ where: { email } })).toBe(1)
})

test('prisma/schema.prisma has no changes without a migration (run `npm run db:migrate -- <name>`)', async () => {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('worker-setup.ts sets DATABASE_URL')
  // The embedded database serves one connection at a time: hand ours back before the engine connects.
  await disconnectDb()
  expect(await pendingSchemaChanges(url)).toBeNull()
})

// Creating a database on disk runs initdb, seconds of CPU; on a busy machine that can exceed the default timeout.
test('the embedded database keeps its data across restarts, and migrating again is a no-op', {
  timeout: 120_000,
}, async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'deelwijs-pglite-'))
  const query = async (url: string, sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(sql, values)).rows
    } finally {
      await client.end()
    }
  }
  const email = uniqueEmail()
  try {
    const first = await startEmbeddedPostgres({ dataDir })
    try {
      expect((await applyMigrations(first.url)).applied).toEqual(await migrationFolders())
      await query(first.url, `INSERT INTO "User" (id, email, name) VALUES ('persist-1', $1, 'Blijft')`, [email])
    } finally {
      await first.close()
    }

    const second = await startEmbeddedPostgres({ dataDir })
    try {
      expect(await query(second.url, 'SELECT email, name FROM "User"')).toEqual([{ email, name: 'Blijft' }])
      expect(await applyMigrations(second.url)).toEqual({ applied: [] })
    } finally {
      await second.close()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
})
