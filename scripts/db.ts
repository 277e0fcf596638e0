// Database commands: `tsx scripts/db.ts <command> [args]` (npm run db:deploy, npm run db:migrate -- <name>).
// With DATABASE_URL set they work on that server; without it on the embedded PostgreSQL in
// `${DEELWIJS_DATA_DIR:-.data}/pglite`, which is started for the command and stopped afterwards.
// To add a command, add an entry to `commands`; it receives a ready database (see CommandContext).
import path from 'node:path'
import { z } from 'zod'
import { createPrismaClient } from '@/lib/db/client.server'
import { describeDatabaseUrl } from '@/lib/db/connection.server'
import { EmbeddedDatabaseBusyError, startEmbeddedPostgres } from '@/lib/db/embedded.server'
import {
  applyMigrations,
  createMigration,
  DatabaseConnectionError,
  migrationSlug,
  SchemaEngineError,
} from '@/lib/db/schema-engine.server'
import { EnvError, parseEnv } from '@/lib/env.server'
import { endInactiveLiveSessions } from '@/lib/live/retention'
import { runRetentionJob } from '@/lib/privacy/retention.server'
import { backfillOutcomesAt } from '@/lib/progress/backfill.server'
import { SeedRefusedError, seedDemo } from '@/lib/seed/demo.server'

interface CommandContext {
  /** The database to work on. */
  databaseUrl: string
  /** Connections a client may open: 1 on the embedded database, which serves one connection at a time. */
  poolMax: number
  /** Arguments after the command name. */
  args: string[]
  log: (line: string) => void
}

interface Command {
  usage: string
  /** Checks the arguments before any database is opened; throws a UsageError. */
  check?(args: string[]): void
  run(context: CommandContext): Promise<void>
}

const migrationName = z
  .string({ error: 'Missing migration name: npm run db:migrate -- <name>' })
  .min(1, 'Missing migration name: npm run db:migrate -- <name>')
  .refine((name) => /[a-z0-9]/i.test(name), 'The migration name needs at least one letter or digit')

function parseMigrationName(args: string[]): string {
  const parsed = migrationName.safeParse(args[0])
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'Invalid migration name')
  return parsed.data
}

const commands: Record<string, Command> = {
  retention: {
    usage:
      'retention [--dry-run]  erase or anonymise everything past its term (lib/privacy/retention-rules.ts); learner accounts after RETENTION_INACTIVE_MONTHS (default 24)',
    async run({ databaseUrl, poolMax, args, log }) {
      const months = parseEnv(process.env).RETENTION_INACTIVE_MONTHS
      const dryRun = args.includes('--dry-run')
      const client = createPrismaClient(databaseUrl, poolMax)
      try {
        const result = await runRetentionJob(client, { months, dryRun })
        for (const [rule, rows] of Object.entries(result)) {
          log(
            dryRun
              ? `retention (dry run): ${rule}: ${rows} row(s) would be removed`
              : `retention: ${rule}: ${rows} row(s) removed`,
          )
        }
        // Live class sessions idle for 24 hours end as if the docent ended them: their votes are deleted.
        if (!dryRun) log(`retention: ended ${await endInactiveLiveSessions(client)} inactive live session(s)`)
      } finally {
        await client.$disconnect()
      }
    },
  },
  seed: {
    usage: 'seed [--force]     seed the demo organisations and accounts (refuses a database with real users)',
    async run({ databaseUrl, poolMax, args, log }) {
      const client = createPrismaClient(databaseUrl, poolMax)
      try {
        const result = await seedDemo(client, { force: args.includes('--force') })
        log(result.created ? `demo seeded (${result.users} demo accounts)` : 'demo already present: nothing changed')
        log(`demo admin and coordinator: TOTP secret ${result.totpSecret} (add it to an authenticator app as a key)`)
      } finally {
        await client.$disconnect()
      }
    },
  },
  deploy: {
    usage: 'deploy            apply pending migrations from prisma/migrations',
    async run({ databaseUrl, poolMax, log }) {
      const { applied } = await applyMigrations(databaseUrl)
      for (const name of applied) log(`applied migration ${name}`)
      if (applied.length === 0) log('no pending migrations: the database is up to date')
      const attempts = await backfillOutcomesAt(databaseUrl, poolMax)
      if (attempts > 0) log(`recorded the ending's outcome of ${attempts} earlier attempt(s)`)
    },
  },
  migrate: {
    usage: 'migrate <name>    apply pending migrations, then create and apply one for changes to schema.prisma',
    check(args) {
      parseMigrationName(args)
    },
    async run({ databaseUrl, args, log }) {
      const slug = migrationSlug(parseMigrationName(args))
      const { applied } = await applyMigrations(databaseUrl)
      for (const name of applied) log(`applied migration ${name}`)
      const folder = await createMigration(databaseUrl, slug)
      if (folder === null) {
        log('prisma/schema.prisma matches the migrations: no new migration')
        return
      }
      log(`created and applied migration ${path.basename(folder)} (${path.relative(process.cwd(), folder)})`)
    },
  },
}

class UsageError extends Error {}

function usage(): string {
  const lines = Object.values(commands).map((c) => `  tsx scripts/db.ts ${c.usage}`)
  return ['Usage:', ...lines].join('\n')
}

// Which setting chose the database, for error messages.
let databaseSetting = 'DATABASE_URL'

/** Runs `work` against DATABASE_URL, or against the embedded database started (and stopped) around it. */
async function withDatabase(work: (databaseUrl: string, poolMax: number) => Promise<void>, log: (l: string) => void) {
  // parseEnv, not env(): env() caches, and a command may still change DATABASE_URL for code it calls.
  const settings = parseEnv(process.env)
  if (settings.DATABASE_URL) {
    log(`database: ${describeDatabaseUrl(settings.DATABASE_URL)} (DATABASE_URL)`)
    return work(settings.DATABASE_URL, settings.DATABASE_POOL_MAX)
  }
  const dataDir = path.join(settings.DEELWIJS_DATA_DIR, 'pglite')
  databaseSetting = `the embedded database (DEELWIJS_DATA_DIR=${settings.DEELWIJS_DATA_DIR})`
  const embedded = await startEmbeddedPostgres({ dataDir })
  log(`database: embedded PostgreSQL in ${dataDir}`)
  // Code the command calls (e.g. db() from lib/db/client.server) finds the embedded database through these.
  process.env.DATABASE_URL = embedded.url
  process.env.DATABASE_POOL_MAX = '1'
  try {
    await work(embedded.url, 1)
  } finally {
    await embedded.close()
  }
}

/** One line for the errors a user can act on; anything else is a bug and keeps its stack trace. */
function explain(error: unknown): string | undefined {
  if (error instanceof DatabaseConnectionError) {
    return `Cannot connect to ${databaseSetting} (${error.target}): ${error.reason}`
  }
  if (
    error instanceof EnvError ||
    error instanceof UsageError ||
    error instanceof EmbeddedDatabaseBusyError ||
    error instanceof SeedRefusedError
  ) {
    return error.message
  }
  if (error instanceof SchemaEngineError) {
    // Drop the engine's Rust span trace ("   0: sql_schema_connector::..."): it names engine internals, not our SQL.
    const message = error.message.split(/\n\s*0: /)[0] ?? error.message
    return `Migration failed: ${message.trim()}`
  }
  return undefined
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  const command = name !== undefined && Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!command) {
    console.error(name === undefined ? usage() : `Unknown command "${name}".\n${usage()}`)
    return 2
  }
  const log = (line: string) => console.log(`[db] ${line}`)
  try {
    command.check?.(args)
    await withDatabase((databaseUrl, poolMax) => command.run({ databaseUrl, poolMax, args, log }), log)
    return 0
  } catch (error) {
    const line = explain(error)
    if (line === undefined) throw error
    console.error(`[db] ${line}`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
