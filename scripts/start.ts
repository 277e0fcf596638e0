// `npm start` (and `npm run dev`): one command from a fresh clone to a running, seeded Deelwijs.
//   1. validate the environment;  2. use DATABASE_URL, or start the embedded PostgreSQL under .data/;
//   3. apply migrations;  4. seed the demo (idempotent);  5. build if the sources changed;  6. serve (scripts/serve.ts).
// Flags: --dev (next dev), --fresh-db (a new, empty database for this run: used by the e2e tests).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { createPrismaClient } from '@/lib/db/client.server'
import { checkDatabase, describeDatabaseUrl, withDatabase } from '@/lib/db/connection.server'
import { EmbeddedDatabaseBusyError, startEmbeddedPostgres } from '@/lib/db/embedded.server'
import { applyMigrations } from '@/lib/db/schema-engine.server'
import { EnvError, parseEnv } from '@/lib/env.server'
import { backfillOutcomesAt } from '@/lib/progress/backfill.server'
import { SeedRefusedError, seedDemo } from '@/lib/seed/demo.server'
import { buildIsCurrent, fingerprintFile, sourceFingerprint } from './lib/build-fingerprint'

const dev = process.argv.includes('--dev')
const freshDb = process.argv.includes('--fresh-db')
const log = (line: string) => console.log(`[deelwijs] ${line}`)

function fail(line: string): never {
  console.error(`[deelwijs] ${line}`)
  process.exit(1)
}

function loadEnv() {
  try {
    return parseEnv(process.env)
  } catch (error) {
    if (error instanceof EnvError) fail(error.message)
    throw error
  }
}

/** A secret that stays the same across restarts but never sits in the repository (nor in the database). */
function keptSecret(dataDir: string, name: string, configured: string | undefined, encoding: 'base64url' | 'base64') {
  if (configured) return configured
  const file = path.join(dataDir, name)
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString(encoding)
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

type Database = { url: string; poolMax: number; close: () => Promise<void> }

async function freshServerDatabase(baseUrl: string): Promise<Database> {
  const name = `deelwijs_run_${Date.now()}_${process.pid}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  log(`using a fresh database ${name}`)
  return {
    url: withDatabase(baseUrl, name),
    poolMax: 10,
    close: async () => {
      const client = new pg.Client({ connectionString: baseUrl })
      await client.connect()
      await client.query(`drop database if exists "${name}" with (force)`)
      await client.end()
    },
  }
}

async function openDatabase(databaseUrl: string | undefined, dataDir: string, poolMax: number): Promise<Database> {
  if (databaseUrl) {
    const problem = await checkDatabase(databaseUrl)
    if (problem) fail(`Cannot reach the database in DATABASE_URL (${describeDatabaseUrl(databaseUrl)}): ${problem}`)
    if (freshDb) return freshServerDatabase(databaseUrl)
    return { url: databaseUrl, poolMax, close: async () => {} }
  }
  // The embedded database serves one connection at a time, hence a pool of one (docs/decisions/003).
  const embedded = await startEmbeddedPostgres({ dataDir: freshDb ? undefined : path.join(dataDir, 'pglite') }).catch(
    (error) => {
      if (error instanceof EmbeddedDatabaseBusyError) fail(error.message)
      throw error
    },
  )
  log(freshDb ? 'embedded PostgreSQL (in memory, fresh)' : `embedded PostgreSQL, data in ${dataDir}/pglite`)
  return { url: embedded.url, poolMax: 1, close: () => embedded.close() }
}

/** Attempts completed before outcomes were recorded get theirs (see lib/progress/backfill.server.ts). */
async function backfill(url: string, poolMax: number) {
  const attempts = await backfillOutcomesAt(url, poolMax)
  if (attempts > 0) log(`recorded the ending's outcome of ${attempts} earlier attempt(s)`)
}

async function seed(url: string, poolMax: number) {
  const client = createPrismaClient(url, poolMax)
  try {
    const result = await seedDemo(client)
    log(result.created ? `demo seeded (${result.users} demo accounts)` : 'demo already present')
    log(`demo admin and coordinator: TOTP secret ${result.totpSecret} (add it to an authenticator app as a key)`)
  } catch (error) {
    if (!(error instanceof SeedRefusedError)) throw error
    log('real users present: demo seed skipped')
  } finally {
    await client.$disconnect()
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawn(command, args, { stdio: 'inherit', env })
}

function waitFor(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
}

async function main() {
  const started = Date.now()
  const env = loadEnv()
  mkdirSync(env.DEELWIJS_DATA_DIR, { recursive: true })
  const database = await openDatabase(env.DATABASE_URL, env.DEELWIJS_DATA_DIR, env.DATABASE_POOL_MAX)

  let closing = false
  const shutdown = async (code: number) => {
    if (closing) return
    closing = true
    await database.close().catch((error) => console.error(error))
    process.exit(code)
  }

  try {
    const { applied } = await applyMigrations(database.url)
    log(applied.length ? `applied ${applied.length} migration(s)` : 'database schema up to date')
    await backfill(database.url, database.poolMax)
    if (env.DEELWIJS_SEED_DEMO === 'true') await seed(database.url, database.poolMax)
  } catch (error) {
    console.error(error)
    await shutdown(1)
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: String(database.poolMax),
    NEXTAUTH_SECRET: keptSecret(env.DEELWIJS_DATA_DIR, 'auth-secret', env.NEXTAUTH_SECRET, 'base64url'),
    // Seals the LTI tool's private keys in the database (ADR 036): beside the data, not in it, so a dump alone is not
    // enough. Several instances need the same value: set LTI_KEY_ENCRYPTION_KEY then.
    LTI_KEY_ENCRYPTION_KEY: keptSecret(
      env.DEELWIJS_DATA_DIR,
      'lti-key-encryption-key',
      env.LTI_KEY_ENCRYPTION_KEY,
      'base64',
    ),
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
  }

  if (!dev) {
    const fingerprint = sourceFingerprint()
    if (!buildIsCurrent(fingerprint)) {
      log('building the app (first start or changed sources)…')
      const code = await waitFor(run('npm', ['run', 'build'], { ...childEnv, NODE_ENV: 'production' }))
      if (code !== 0) {
        console.error('[deelwijs] build failed')
        await shutdown(code)
      }
      writeFileSync(fingerprintFile, fingerprint)
    }
  }

  // Our own HTTP server around Next (scripts/serve.ts): it knows the client's address and stops gracefully.
  const serveArgs = ['--import', 'tsx', path.join('scripts', 'serve.ts'), ...(dev ? ['--dev'] : [])]
  const server = run(process.execPath, serveArgs, { ...childEnv, NODE_ENV: dev ? 'development' : 'production' })
  log(
    `database ready in ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server on http://localhost:${env.PORT}`,
  )
  // The server finishes requests in flight, then exits; the database is closed after it (shutdown below).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.kill(signal)
    })
  }
  await shutdown(await waitFor(server))
}

void main()
