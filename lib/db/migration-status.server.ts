import { readdir } from 'node:fs/promises'

// Which migrations are on disk, and which of them the database has not applied. Apart from the schema engine
// (schema-engine.server.ts) because the running app needs it for readiness, and the engine module finds its files
// relative to its own source, which the server bundle does not keep.

/** The `<timestamp>_<name>` folders of a migrations directory, in the order they apply. */
export async function migrationFolderNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return []
    throw e
  })
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
}

/**
 * The migrations on disk that the database has not (successfully) applied. An instance running newer code than its
 * database would fail on missing columns, so readiness (app/api/health/ready) waits until this is empty.
 */
export async function pendingMigrationNames(
  query: (sql: string) => Promise<Array<{ migration_name: string }>>,
  migrationsDir: string,
): Promise<string[]> {
  const rows = await query(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  )
  const applied = new Set(rows.map((row) => row.migration_name))
  return (await migrationFolderNames(migrationsDir)).filter((name) => !applied.has(name))
}
