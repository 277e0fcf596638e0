import { db } from '@/lib/db/client.server'

let truncateStatement: string | undefined

/**
 * Empties every app table (all tables of the current schema except `_prisma_migrations`) in one statement, for tests
 * that need a clean slate. The table list is read once per test file; the statement itself takes a few milliseconds.
 */
export async function resetDatabase(): Promise<void> {
  truncateStatement ??= await buildTruncateStatement()
  if (truncateStatement) await db().$executeRawUnsafe(truncateStatement)
}

async function buildTruncateStatement(): Promise<string> {
  const tables = await db().$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
    ORDER BY tablename`
  if (tables.length === 0) return ''
  const list = tables.map(({ tablename }) => `"${tablename.replace(/"/g, '""')}"`).join(', ')
  return `TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`
}
