// Backups of the embedded database: `npm run db:backup [-- <file>]` and `npm run db:restore -- <file> [--force]`.
// Stop the app first (the embedded database has one user at a time). With DATABASE_URL set, the database is a
// PostgreSQL server: use pg_dump / pg_restore as described in docs/operations.md.
import path from 'node:path'
import { backupEmbedded, RestoreRefusedError, restoreEmbedded } from '@/lib/db/backup.server'
import { EmbeddedDatabaseBusyError } from '@/lib/db/embedded.server'
import { EnvError, parseEnv } from '@/lib/env.server'

const log = (line: string) => console.log(`[db] ${line}`)
const stamp = () => new Date().toISOString().replace(/\D/g, '').slice(0, 14)

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const settings = parseEnv(process.env)
  if (settings.DATABASE_URL) {
    console.error(
      '[db] DATABASE_URL is set: this is a PostgreSQL server. Back it up with pg_dump --format=custom and restore with pg_restore (docs/operations.md).',
    )
    return 1
  }
  const dataDir = path.resolve(settings.DEELWIJS_DATA_DIR, 'pglite')
  const file = rest.find((arg) => !arg.startsWith('--'))
  if (command === 'backup') {
    const target = file ?? path.join(settings.DEELWIJS_DATA_DIR, 'backups', `deelwijs-${stamp()}.tar.gz`)
    const bytes = await backupEmbedded(dataDir, target)
    log(`backup of ${dataDir} written to ${target} (${(bytes / 1024 / 1024).toFixed(1)} MB)`)
    return 0
  }
  if (command === 'restore' && file) {
    const aside = rest.includes('--force') ? `${dataDir}.before-restore-${stamp()}` : undefined
    await restoreEmbedded(dataDir, file, aside)
    log(`restored ${file} into ${dataDir}${aside ? `; the previous database is kept in ${aside}` : ''}`)
    return 0
  }
  console.error('Usage:\n  tsx scripts/backup.ts backup [<file>]\n  tsx scripts/backup.ts restore <file> [--force]')
  return 2
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  if (
    !(error instanceof EnvError || error instanceof EmbeddedDatabaseBusyError || error instanceof RestoreRefusedError)
  )
    throw error
  console.error(`[db] ${error.message}`)
  process.exitCode = 1
}
