import path from 'node:path'
import { db } from './client.server'
import { pendingMigrationNames } from './migration-status.server'

// Read from the working directory, not relative to this module: in the built server this code sits in a bundle chunk
// under .next/, while the migrations stay in prisma/migrations next to it (in the image too, see Dockerfile).
const migrationsDir = () => path.join(process.cwd(), 'prisma', 'migrations')

// The applied set only grows, so once this process saw every migration applied it need not look again.
let migrationsCurrent = false

export type NotReady = 'database_unavailable' | 'migrations_pending'

/** Why this instance should not receive traffic, or null when it is ready. */
export async function readiness(): Promise<NotReady | null> {
  try {
    await db().$queryRaw`select 1`
  } catch {
    return 'database_unavailable'
  }
  if (migrationsCurrent) return null
  try {
    const pending = await pendingMigrationNames((sql) => db().$queryRawUnsafe(sql), migrationsDir())
    migrationsCurrent = pending.length === 0
  } catch {
    // No _prisma_migrations table yet: nothing is applied.
    return 'migrations_pending'
  }
  return migrationsCurrent ? null : 'migrations_pending'
}
