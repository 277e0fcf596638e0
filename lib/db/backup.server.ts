import { mkdir, readdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import { startEmbeddedPostgres } from './embedded.server'

// Backups of the embedded database (PGlite), in-process with PGlite's own dump of its data folder: Debian's pg_dump 15
// cannot read the embedded PostgreSQL 17, and the embedded database serves one connection at a time anyway. The
// backup is a gzipped tar of the whole data folder; restoring loads it into an empty folder. Both take the data
// folder's lock, so they refuse to run while the app has the database open: stop the app first (a few seconds for a
// small installation). On PostgreSQL, use pg_dump / pg_restore (docs/operations.md).

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError'
}

/** Writes a backup of the embedded database in `dataDir` to `file`; returns its size in bytes. */
export async function backupEmbedded(dataDir: string, file: string): Promise<number> {
  const embedded = await startEmbeddedPostgres({ dataDir })
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true })
    await embedded.saveSnapshot(file, 'gzip')
  } finally {
    await embedded.close()
  }
  return (await stat(file)).size
}

/**
 * Restores a backup into `dataDir`. A folder that already holds a database is refused, unless `moveAsideTo` names
 * where to keep it (nothing is deleted: a failed restore can be undone by moving it back).
 */
export async function restoreEmbedded(dataDir: string, file: string, moveAsideTo?: string): Promise<void> {
  await stat(file) // A missing backup fails here, before anything is moved.
  const existing = await readdir(dataDir).catch(() => [])
  if (existing.length > 0) {
    if (!moveAsideTo) {
      throw new RestoreRefusedError(
        `${dataDir} already holds a database. Run with --force to move it aside to ${dataDir}.before-restore-<time> first.`,
      )
    }
    await rename(dataDir, moveAsideTo)
  }
  const embedded = await startEmbeddedPostgres({ dataDir, snapshot: file })
  await embedded.close()
}
