// Runs once per `vitest run --project integration`, in the main process, before any worker starts.
// - DATABASE_URL set: creates a fresh template database `deelwijs_it_<runId>` on that server and migrates it once;
//   each test file's worker then clones it (tests/integration/worker-setup.ts). Teardown drops them all.
// - DATABASE_URL unset: each worker runs its own in-memory embedded PostgreSQL. Creating one from scratch (initdb)
//   costs seconds of CPU per test file, so the workers start from a migrated snapshot made here (and cached).
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { withDatabase } from '@/lib/db/connection.server'
import { startEmbeddedPostgres } from '@/lib/db/embedded.server'
import { applyMigrations, defaultMigrationPaths } from '@/lib/db/schema-engine.server'

export type TestDatabasePlan =
  | { kind: 'server'; adminUrl: string; templateDatabase: string }
  | { kind: 'embedded'; snapshot: string }

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabasePlan
  }
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
const TEST_DATABASE_PREFIX = 'deelwijs_it_'
// Databases left behind by runs that crashed before their teardown are dropped once they are this old.
const STALE_AFTER_MS = 6 * 60 * 60 * 1000
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

export default async function setup(project: TestProject) {
  // Base 36 time first: names sort by age, and stale ones can be recognised by any later run.
  const runId = `${Date.now().toString(36)}_${process.pid.toString(36)}`
  const adminUrl = process.env.DATABASE_URL
  if (!adminUrl) return prepareEmbedded(project)
  refuseRemoteDatabase(adminUrl)

  const templateDatabase = `${TEST_DATABASE_PREFIX}${runId}`
  await dropStaleDatabases(adminUrl)
  await adminQuery(adminUrl, `CREATE DATABASE "${templateDatabase}"`)
  try {
    await applyMigrations(withDatabase(adminUrl, templateDatabase))
  } catch (error) {
    await dropRunDatabases(adminUrl, templateDatabase)
    throw error
  }
  project.provide('testDatabase', { kind: 'server', adminUrl, templateDatabase })

  return async () => {
    await dropRunDatabases(adminUrl, templateDatabase)
  }
}

/**
 * A migrated PGlite snapshot for the workers to start from. It depends only on the PGlite version and the migrations,
 * so it is cached in node_modules/.cache across runs: initdb (seconds of CPU) then runs once per change, not per run.
 * Each worker still gets a fresh in-memory database of its own, copied from the snapshot.
 */
async function prepareEmbedded(project: TestProject) {
  const cacheDir = path.join(projectRoot, 'node_modules/.cache/deelwijs')
  const snapshot = path.join(cacheDir, `pglite-migrated-${await snapshotKey()}.tar`)
  if (!existsSync(snapshot)) {
    await mkdir(cacheDir, { recursive: true })
    const partial = `${snapshot}.${process.pid}.partial`
    const embedded = await startEmbeddedPostgres({})
    try {
      await applyMigrations(embedded.url)
      await embedded.saveSnapshot(partial)
    } finally {
      await embedded.close()
    }
    await rename(partial, snapshot) // Atomic: a concurrent run sees the whole file or none.
    // Snapshots of older migrations are 40 MB each and never used again.
    for (const name of await readdir(cacheDir)) {
      const file = path.join(cacheDir, name)
      if (name.startsWith('pglite-migrated-') && name.endsWith('.tar') && file !== snapshot)
        await rm(file, { force: true })
    }
  }
  project.provide('testDatabase', { kind: 'embedded', snapshot })
}

async function snapshotKey(): Promise<string> {
  const hash = createHash('sha256')
  hash.update(await readFile(path.join(projectRoot, 'node_modules/@electric-sql/pglite/package.json')))
  const { migrationsDir } = defaultMigrationPaths
  const folders = (await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory())
  for (const name of folders.map((e) => e.name).sort()) {
    hash.update(name)
    hash.update(await readFile(path.join(migrationsDir, name, 'migration.sql')))
  }
  return hash.digest('hex').slice(0, 16)
}

/** Tests create and drop databases: never against a shared or production server by accident. */
function refuseRemoteDatabase(url: string) {
  const host = new URL(url).hostname
  if (LOCAL_HOSTS.has(host) || process.env.DEELWIJS_ALLOW_REMOTE_TEST_DB === '1') return
  throw new Error(
    `Refusing to run integration tests against database host "${host}": they create and drop databases. ` +
      'Use a local PostgreSQL (127.0.0.1 or localhost), or set DEELWIJS_ALLOW_REMOTE_TEST_DB=1 if you mean it.',
  )
}

async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  values?: unknown[],
) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query<R>(sql, values)
  } finally {
    await client.end()
  }
}

/** This run's template and every worker database cloned from it (`<template>_w<n>`). */
async function dropRunDatabases(adminUrl: string, templateDatabase: string) {
  const { rows } = await adminQuery<{ datname: string }>(
    adminUrl,
    `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $1 || '\\_w%' ORDER BY datname DESC`,
    [templateDatabase],
  )
  for (const { datname } of rows) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
}

async function dropStaleDatabases(adminUrl: string) {
  const { rows } = await adminQuery<{ datname: string }>(
    adminUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE '${TEST_DATABASE_PREFIX.replace(/_/g, '\\_')}%'`,
  )
  for (const { datname } of rows) {
    const stamp = Number.parseInt(datname.slice(TEST_DATABASE_PREFIX.length).split('_')[0] ?? '', 36)
    if (Number.isFinite(stamp) && Date.now() - stamp > STALE_AFTER_MS) {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    }
  }
}
