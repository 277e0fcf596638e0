// Migrations through Prisma's WebAssembly schema engine (see docs/decisions/002-migrations-with-wasm-schema-engine.md).
// The Prisma CLI's `migrate` commands need a native engine binary that cannot be downloaded here; the Wasm build of
// the same engine does the work when we hand it a driver adapter (adapter-pg) to reach the database through.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory, DriverAdapterError } from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm'
import pg from 'pg'
import { describeDatabaseUrl } from './connection.server'
import { migrationFolderNames } from './migration-status.server'

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

export interface MigrationPaths {
  /** The Prisma schema the database should match. */
  schemaPath: string
  /** The folder holding `<timestamp>_<name>/migration.sql` folders and `migration_lock.toml`. */
  migrationsDir: string
}

export const defaultMigrationPaths: MigrationPaths = {
  schemaPath: path.join(projectRoot, 'prisma/schema.prisma'),
  migrationsDir: path.join(projectRoot, 'prisma/migrations'),
}

/** The database could not be reached. The message names user, host, port and database, never the password. */
export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError'
  /** The connection string without its password, e.g. `postgresql://postgres@127.0.0.1:5432/deelwijs`. */
  readonly target: string
  /** pg's one-line reason, e.g. `connect ECONNREFUSED 127.0.0.1:5432`. */
  readonly reason: string

  constructor(connectionString: string, reason: string, options?: ErrorOptions) {
    const target = describeDatabaseUrl(connectionString)
    super(`Cannot connect to ${target}: ${reason}`, options)
    this.target = target
    this.reason = reason
  }
}

/** The schema engine reported an error (a failing migration, an edited migration, a panic). */
export class SchemaEngineError extends Error {
  override name = 'SchemaEngineError'
}

/**
 * What `prisma migrate deploy` does: applies every migration folder not yet recorded in `_prisma_migrations`, in name
 * order, and records it. Idempotent: returns `applied: []` when the database is up to date.
 */
export async function applyMigrations(
  connectionString: string,
  paths: MigrationPaths = defaultMigrationPaths,
): Promise<{ applied: string[] }> {
  return withEngine(connectionString, paths, async (engine) => ({ applied: await applyPending(engine, paths) }))
}

/**
 * Applies pending migrations, then returns the SQL that would bring the database to the Prisma schema, or null when
 * they already match. Nothing is written. Useful as a "did someone change the schema without a migration?" check.
 */
export async function pendingSchemaChanges(
  connectionString: string,
  paths: MigrationPaths = defaultMigrationPaths,
): Promise<string | null> {
  return withEngine(connectionString, paths, async (engine) => {
    await applyPending(engine, paths)
    return diffDatabaseToSchema(engine, paths)
  })
}

/**
 * The `prisma migrate dev --name <name>` we can offer: applies pending migrations, diffs the database against the
 * Prisma schema and, when they differ, writes `<migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql` and applies it.
 * Returns the new folder's path, or null when the schema is already in sync.
 *
 * The engine's own `createMigration` would replay the history on a shadow database, which the Wasm connector cannot
 * create; diffing against the (fully migrated) target database gives the same script as long as nobody changed that
 * database by hand, so point this at a development database, never at production.
 */
export async function createMigration(
  connectionString: string,
  name: string,
  paths: MigrationPaths = defaultMigrationPaths,
): Promise<string | null> {
  const slug = migrationSlug(name)
  return withEngine(connectionString, paths, async (engine) => {
    await applyPending(engine, paths)
    const script = await diffDatabaseToSchema(engine, paths)
    if (script === null) return null

    const existing = (await readMigrations(paths.migrationsDir)).migrationDirectories.map((d) => d.path)
    const folder = `${nextTimestamp(existing)}_${slug}`
    const dir = path.join(paths.migrationsDir, folder)
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'migration.sql'), script, 'utf8')
    const lockfile = path.join(paths.migrationsDir, 'migration_lock.toml')
    // Same content as the Prisma CLI writes; 'wx' keeps an existing lockfile untouched.
    await writeFile(lockfile, lockfileContent, { encoding: 'utf8', flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e
    })
    await applyPending(engine, paths)
    return dir
  })
}

const lockfileContent = `# Please do not edit this file manually
# It should be added in your version-control system (e.g., Git)
provider = "postgresql"
`

/** Turns a free-form name into the `snake_case` suffix Prisma uses for migration folders. */
export function migrationSlug(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200)
  if (!slug) throw new Error(`Invalid migration name ${JSON.stringify(name)}: use letters, digits and underscores.`)
  return slug
}

/** UTC `YYYYMMDDHHMMSS`, bumped past the newest existing folder so the new one always sorts last. */
function nextTimestamp(existing: string[], now = new Date()): string {
  const stamp = (d: Date) => d.toISOString().replace(/\D/g, '').slice(0, 14)
  let candidate = now
  const newest = existing
    .map((name) => name.slice(0, 14))
    .sort()
    .at(-1)
  while (newest !== undefined && stamp(candidate) <= newest) candidate = new Date(candidate.getTime() + 1000)
  return stamp(candidate)
}

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] }

async function applyPending(engine: SchemaEngine, paths: MigrationPaths): Promise<string[]> {
  const migrationsList = await readMigrations(paths.migrationsDir)
  const out = await engineCall(() => engine.applyMigrations({ migrationsList, filters: noFilters }))
  return out.appliedMigrationNames
}

async function diffDatabaseToSchema(engine: SchemaEngine, paths: MigrationPaths): Promise<string | null> {
  const files = [{ path: paths.schemaPath, content: await readFile(paths.schemaPath, 'utf8') }]
  const result = await engineCall(() =>
    engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: path.dirname(paths.schemaPath) },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: noFilters,
    }),
  )
  // exitCode 2 means "non-empty diff"; an empty diff still yields a comment-only script.
  return result.exitCode === 2 && result.stdout ? result.stdout : null
}

/** Reads the migrations folder the way the Prisma CLI does (folders in name order, each with a migration.sql). */
async function readMigrations(migrationsDir: string): Promise<MigrationList> {
  const lockfileName = 'migration_lock.toml'
  const lockContent = await readFile(path.join(migrationsDir, lockfileName), 'utf8').catch(() => null)
  const names = await migrationFolderNames(migrationsDir)
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8').then(
        (value) => ({ tag: 'ok' as const, value }),
        (e: Error) => ({ tag: 'error' as const, value: e.message }),
      )
      return { path: name, migrationFile: { path: 'migration.sql', content } }
    }),
  )
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockfileName, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Engine plumbing

type WasmBindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg')

let bindings: Promise<WasmBindings> | undefined
// Set once the engine panicked: the Wasm instance is then in an undefined state and must not be reused.
let poisoned: string | undefined

// Timers the engine armed. It starts 10 s timeouts around database calls and never clears them, which would keep a
// finished CLI alive for 10 s; we clear whatever is left once no engine is running.
const engineTimers = new Set<NodeJS.Timeout>()
let runningEngines = 0

/**
 * The package's main entry imports the .wasm file as an ES module, which Node cannot do. So we do what that entry
 * does by hand: instantiate the module against the JS glue, hand the instance to the glue, start it.
 */
function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg')
    const require = createRequire(import.meta.url)
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'))
    const imports: Record<string, unknown> = { ...glue }
    for (const key of Object.keys(imports).filter((k) => k.startsWith('__wbg_setTimeout_'))) {
      imports[key] = (callback: () => void, ms: number) => {
        const timer: NodeJS.Timeout = setTimeout(() => {
          engineTimers.delete(timer)
          callback()
        }, ms >>> 0)
        engineTimers.add(timer)
        return timer
      }
    }
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': imports as WebAssembly.ModuleImports,
    })
    glue.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as () => void)()
    return glue
  })()
  bindings.catch(() => {
    bindings = undefined // Let the next call try again rather than repeat a stale failure.
  })
  return bindings
}

/**
 * The glue reports a Rust panic by calling `PRISMA_WASM_PANIC_REGISTRY.set_message` right before the Wasm traps with
 * an opaque "unreachable"; without a registry the glue itself throws and the reason is lost.
 */
class PanicRegistry {
  message = ''
  set_message(message: string) {
    this.message = message
  }
}
const globalWithRegistry = globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }
globalWithRegistry.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry()
const panics = globalWithRegistry.PRISMA_WASM_PANIC_REGISTRY

async function engineCall<T>(call: () => Promise<T>): Promise<T> {
  panics.message = ''
  try {
    return await call()
  } catch (error) {
    if (panics.message) {
      poisoned = panics.message
      throw new SchemaEngineError(`The schema engine panicked: ${panics.message}`, { cause: error })
    }
    if (error instanceof Error) {
      throw new SchemaEngineError(error.message, { cause: error })
    }
    throw new SchemaEngineError(String(error))
  }
}

/**
 * adapter-pg cannot read Postgres' one-byte `"char"` type (OID 18), which the engine's schema describer selects from
 * the catalogs (pg_class.relkind, pg_constraint.contype, ...). pg already returns those values as strings, so we
 * relabel the column as text (OID 25) before adapter-pg looks at the type.
 */
class CatalogFriendlyClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; we only pass arguments through.
  override query(...args: any[]): any {
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const query = super.query as (...a: any[]) => any
    const last = args.at(-1)
    if (typeof last === 'function') {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, relabelCharColumns(res))
      return query.apply(this, args)
    }
    const out = query.apply(this, args)
    return out instanceof Promise ? out.then(relabelCharColumns) : out
  }
}

const CHAR_OID = 18
const TEXT_OID = 25

function relabelCharColumns<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    const fields = (r as Partial<pg.QueryResult> | undefined)?.fields ?? []
    for (const field of fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID
  }
  return result
}

async function withEngine<T>(
  connectionString: string,
  paths: MigrationPaths,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  if (poisoned) throw new SchemaEngineError(`The schema engine panicked earlier in this process: ${poisoned}`)
  const glue = await loadBindings()
  const schema = await readFile(paths.schemaPath, 'utf8')

  // One connection: the engine runs one statement at a time anyway, its advisory lock must be released on the
  // connection that took it, and the embedded database serves only one client at a time.
  const pool = new pg.Pool({ connectionString, max: 1, Client: CatalogFriendlyClient })
  pool.on('error', () => {}) // An idle connection dropped by the server must not crash the process; the next call fails.
  runningEngines++
  let engine: SchemaEngine | undefined
  try {
    await pool.query('SELECT 1').catch((error: unknown) => {
      const message = (error instanceof Error && error.message) || String(error)
      // pg can quote the connection string in a message; never pass a password on.
      const reason = (message.split('\n')[0] ?? message).replace(/:\/\/([^:@/]+):[^@/]+@/g, '://$1:***@')
      throw new DatabaseConnectionError(connectionString, reason, { cause: error })
    })
    // The engine takes this same advisory lock itself, but gives up after 10 s; instances starting together would
    // then fail while the first one is still migrating. Waiting for it here, without a deadline, on the one connection
    // the engine will use, makes them take turns (the lock is re-entrant per session; released below).
    await pool.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`)
    const factory = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool))
    engine = await engineCall(() =>
      glue.SchemaEngine.new({ datamodels: [[paths.schemaPath, schema]] }, ignoreEngineLog, factory),
    )
    return await work(engine)
  } finally {
    engine?.free()
    // Released explicitly, ours and the engine's (which counts on the connection closing): on a server closing it
    // would do, but the embedded database's clients share one session, where the locks would stay held.
    await pool.query('SELECT pg_advisory_unlock_all()').catch(() => {})
    await pool.end()
    if (--runningEngines === 0) {
      for (const timer of engineTimers) clearTimeout(timer)
      engineTimers.clear()
    }
  }
}

/** The key Prisma's migration engine locks (pg_advisory_lock) while it migrates: https://pris.ly/d/migrate-advisory-locking */
export const MIGRATION_LOCK_KEY = 72707369

// The engine logs its progress as JSON lines; failures reach us as rejected promises, so the log adds nothing.
function ignoreEngineLog() {}

/**
 * adapter-pg's `executeScript` splits the script on every `;` (also inside strings and `$$` bodies) and runs the
 * pieces one by one outside a transaction. The native engine sends a migration as one simple-protocol query, which
 * Postgres runs as a single implicit transaction: all of it or none. We restore that behaviour.
 */
class WholeScriptPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool)
  }

  override async connect() {
    const adapter = await super.connect()
    adapter.executeScript = async (script: string) => {
      try {
        await this.pool.query(script)
      } catch (error) {
        throw toDriverAdapterError(error)
      }
    }
    return adapter
  }
}

function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code ?? 'unknown',
    severity: error.severity ?? 'ERROR',
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  })
}

/** The migration folders on disk, in the order they apply (the names `_prisma_migrations` records). */
export function migrationNamesOnDisk(migrationsDir: string = defaultMigrationPaths.migrationsDir) {
  return migrationFolderNames(migrationsDir)
}
