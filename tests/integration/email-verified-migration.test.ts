import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { expect, test } from 'vitest'
import { applyMigrations, defaultMigrationPaths, pendingSchemaChanges } from '@/lib/db/schema-engine.server'
import { freshDatabase } from '../support/fresh-database'

// The migration that adds User.emailVerifiedAt (ADR 034) fills it from what already proved a mailbox: a password reset
// link that was used, an invitation that was accepted. Everyone else starts unconfirmed, and the migrated database is
// exactly what prisma/schema.prisma describes.

const MIGRATION = '20261203143400_email_verified'

const OLD_DATA = `
  INSERT INTO "Organisation" (id, slug, name, kind) VALUES ('org-1', 'hogeschool-oud', 'Hogeschool Oud', 'hogeschool');
  INSERT INTO "User" (id, email, name) VALUES
    ('reset', 'reset@oud.test', 'Koos Reset'),
    ('invited', 'uitgenodigd@oud.test', 'Ina Uitgenodigd'),
    ('both', 'beide@oud.test', 'Bo Beide'),
    ('class-code', 'klascode@oud.test', 'Kees Klascode'),
    ('asked-only', 'gevraagd@oud.test', 'Gea Gevraagd');
  INSERT INTO "PasswordResetToken" (id, "userId", "tokenHash", "expiresAt", "usedAt") VALUES
    ('t-1', 'reset', 'hash-1', '2026-11-30 10:30', '2026-11-30 10:05'),
    ('t-2', 'both', 'hash-2', '2026-11-29 10:30', '2026-11-29 10:10'),
    ('t-3', 'asked-only', 'hash-3', '2026-11-30 10:30', NULL);
  INSERT INTO "Invitation" (id, "tokenHash", email, "organisationId", role, "expiresAt", "acceptedAt") VALUES
    ('i-1', 'inv-1', 'UITGENODIGD@oud.test', 'org-1', 'docent', '2026-12-10', '2026-11-28 09:00'),
    ('i-2', 'inv-2', 'beide@oud.test', 'org-1', 'learner', '2026-12-10', '2026-11-20 09:00'),
    ('i-3', 'inv-3', 'klascode@oud.test', 'org-1', 'docent', '2026-12-10', NULL);
`

async function query<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

test('emailVerifiedAt is filled from used reset links and accepted invitations, the earliest proof first', {
  timeout: 180_000,
}, async () => {
  const database = await freshDatabase('verified')
  const before = await mkdtemp(path.join(tmpdir(), 'deelwijs-migrations-'))
  try {
    for (const entry of await readdir(defaultMigrationPaths.migrationsDir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name >= MIGRATION) continue
      await cp(path.join(defaultMigrationPaths.migrationsDir, entry.name), path.join(before, entry.name), {
        recursive: true,
      })
    }
    await applyMigrations(database.url, { ...defaultMigrationPaths, migrationsDir: before })
    await query(database.url, OLD_DATA)

    const migrated = await applyMigrations(database.url)
    expect(migrated.applied[0]).toBe(MIGRATION)

    const rows = await query<{ id: string; verified: string | null }>(
      database.url,
      `SELECT id, to_char("emailVerifiedAt", 'YYYY-MM-DD HH24:MI') AS verified FROM "User" ORDER BY id`,
    )
    expect(Object.fromEntries(rows.map((r) => [r.id, r.verified]))).toEqual({
      'asked-only': null,
      both: '2026-11-20 09:00',
      'class-code': null,
      invited: '2026-11-28 09:00',
      reset: '2026-11-30 10:05',
    })
    const purposes = await query<{ purpose: string }>(database.url, `SELECT DISTINCT purpose FROM "PasswordResetToken"`)
    expect(purposes).toEqual([{ purpose: 'password_reset' }])
    expect(await pendingSchemaChanges(database.url)).toBeNull()
  } finally {
    await rm(before, { recursive: true, force: true })
    await database.drop()
  }
})
