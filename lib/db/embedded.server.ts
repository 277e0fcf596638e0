// An embedded PostgreSQL (PGlite: Postgres compiled to Wasm) behind a local TCP port, so that the app, the migration
// tool and tests use the ordinary pg / adapter-pg code path without a PostgreSQL server.
// See docs/decisions/003-embedded-postgres-with-pglite.md.
//
// ONE CONNECTION AT A TIME. PGlite is a single Postgres backend: it has one session, so two clients would share (and
// corrupt) each other's transaction and statement state. We therefore serve one client connection at a time; a
// second client is accepted but waits until the first disconnects (and gets a clear error after a while).
// Every client must use a pool of exactly one connection (`max: 1`, i.e. DATABASE_POOL_MAX=1), and tools that connect
// one after the other (migrations, seed, the app) must close their pool before the next one starts.
import { mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export interface EmbeddedPostgresOptions {
  /** Folder for the database files; they persist across restarts. In memory (gone on close) when undefined. */
  dataDir?: string
  /** TCP port on 127.0.0.1; 0 or undefined picks a free one. */
  port?: number
  /**
   * Start the database as a copy of this snapshot file (written by `saveSnapshot`) instead of running initdb, which
   * takes seconds; loading a snapshot takes about one. In memory: gives each test worker a migrated database. With a
   * `dataDir`, which must then be empty: restores a backup into it (lib/db/backup.server.ts).
   */
  snapshot?: string
}

export interface EmbeddedPostgres {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres?sslmode=disable`; use it with a pool of max 1. */
  url: string
  port: number
  /** Writes the whole database to `file` (a tar, gzipped on request) for a later start with `snapshot`. */
  saveSnapshot(file: string, compression?: 'none' | 'gzip'): Promise<void>
  /** Disconnects clients, stops listening and closes PGlite (which flushes its files). Safe to call twice. */
  close(): Promise<void>
}

/** How long a second client may wait for the connection before it gets an error instead of hanging. */
const QUEUE_TIMEOUT_MS = 30_000

export class EmbeddedDatabaseBusyError extends Error {
  override name = 'EmbeddedDatabaseBusyError'
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir === undefined ? undefined : path.resolve(options.dataDir)
  if (dataDir !== undefined && options.snapshot !== undefined && (await readdir(dataDir).catch(() => [])).length > 0) {
    throw new Error(
      `startEmbeddedPostgres: ${dataDir} already holds a database; a snapshot only loads into an empty one.`,
    )
  }
  // Undo steps in reverse order. All of them run; the first failure is reported (a failed flush must not go unseen).
  const cleanups: Array<() => Promise<void>> = []
  const runCleanups = async () => {
    let firstError: unknown
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => {
        firstError ??= error
      })
    }
    if (firstError !== undefined) throw firstError
  }
  try {
    if (dataDir !== undefined) {
      cleanups.push(await lockDataDir(dataDir))
      await mkdir(dataDir, { recursive: true })
      // We hold the lock, so no live PGlite uses this folder: a postmaster.pid is left over from a process that died.
      await rm(path.join(dataDir, 'postmaster.pid'), { force: true })
    }

    const db =
      options.snapshot === undefined
        ? await PGlite.create(dataDir)
        : await PGlite.create(dataDir, { loadDataDir: new Blob([await readFile(options.snapshot)]) })
    cleanups.push(() => db.close())

    // The socket server listens on a private port and only ever sees the one client the gate lets through.
    const backend = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 })
    await backend.start()
    cleanups.push(() => backend.stop())
    const backendPort = Number(backend.getServerConn().split(':').at(-1))

    const gate = await startGate({
      port: options.port ?? 0,
      backendPort,
      backendIdle: () => backend.getStats().activeConnections === 0,
    })
    cleanups.push(gate.close)

    let closing: Promise<void> | undefined
    return {
      url: `postgresql://postgres@127.0.0.1:${gate.port}/postgres?sslmode=disable`,
      port: gate.port,
      saveSnapshot: async (file, compression = 'none') => {
        const dump = await db.dumpDataDir(compression)
        await writeFile(file, Buffer.from(await dump.arrayBuffer()))
      },
      close: () => {
        closing ??= runCleanups()
        return closing
      },
    }
  } catch (error) {
    await runCleanups().catch(() => {}) // The start failure is the error worth reporting.
    throw error
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The gate: a tiny TCP relay in front of the socket server that queues clients instead of refusing them.
// PGLiteSocketServer with maxConnections 1 drops a second client ("Connection terminated unexpectedly"), even one
// that merely arrives while the previous client's socket is still being torn down.

interface Gate {
  port: number
  close(): Promise<void>
}

async function startGate(opts: { port: number; backendPort: number; backendIdle: () => boolean }): Promise<Gate> {
  const waiting: net.Socket[] = []
  const sockets = new Set<net.Socket>()
  let busy = false
  let closed = false

  const next = async () => {
    if (busy || closed) return
    const client = waiting.shift()
    if (!client) return
    if (client.destroyed) return next()
    busy = true
    // The socket server forgets the previous client a tick after its socket closed; connecting earlier is refused.
    while (!opts.backendIdle() && !closed) await new Promise((resolve) => setTimeout(resolve, 2))
    if (closed) return void client.destroy()
    const upstream = net.connect({ host: '127.0.0.1', port: opts.backendPort })
    sockets.add(upstream)
    let released = false
    const release = () => {
      if (released) return
      released = true
      client.destroy()
      upstream.destroy()
      sockets.delete(upstream)
      busy = false
      void next()
    }
    upstream.on('close', release).on('error', release)
    client.on('close', release).on('error', release)
    upstream.setNoDelay(true)
    client.pipe(upstream)
    upstream.pipe(client)
    client.resume()
  }

  const server = net.createServer({ pauseOnConnect: true, noDelay: true }, (client) => {
    if (closed) return void client.destroy()
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => {}) // Reported through 'close'; an unhandled 'error' would crash the process.
    const timer = setTimeout(() => {
      const index = waiting.indexOf(client)
      if (index === -1) return
      waiting.splice(index, 1)
      client.end(fatalError('53300', tooManyClientsMessage))
    }, QUEUE_TIMEOUT_MS)
    timer.unref()
    client.once('resume', () => clearTimeout(timer))
    waiting.push(client)
    void next()
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('Expected a TCP address')

  return {
    port: address.port,
    close: async () => {
      closed = true
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of sockets) socket.destroy()
      waiting.length = 0
      await stopped
      // Let the socket server see the disconnect (it rolls back an open transaction) before PGlite closes.
      const deadline = Date.now() + 1000
      while (!opts.backendIdle() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2))
    },
  }
}

const tooManyClientsMessage =
  'the embedded database serves one connection at a time and another client held it for ' +
  `${QUEUE_TIMEOUT_MS / 1000} s; use a connection pool of max 1 (DATABASE_POOL_MAX=1) and close it when done`

/** A Postgres ErrorResponse message, so that pg reports our reason instead of "connection terminated". */
function fatalError(code: string, message: string): Buffer {
  const fields = Buffer.concat([
    field('S', 'FATAL'),
    field('V', 'FATAL'),
    field('C', code),
    field('M', message),
    Buffer.from([0]),
  ])
  const header = Buffer.alloc(5)
  header.write('E', 0, 'latin1')
  header.writeInt32BE(fields.length + 4, 1)
  return Buffer.concat([header, fields])
}

function field(type: string, value: string): Buffer {
  return Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(value, 'utf8'), Buffer.from([0])])
}

// ---------------------------------------------------------------------------------------------------------------
// Data folder lock. PGlite does not notice a second process opening the same folder, and two writers would corrupt
// it. We keep `<dataDir>.lock` with our pid while open; a lock whose process is gone is stale and taken over.

const locksHeldHere = new Set<string>()

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`
  await mkdir(path.dirname(lockPath), { recursive: true })
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockPath, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      locksHeldHere.add(lockPath)
      return async () => {
        locksHeldHere.delete(lockPath)
        await rm(lockPath, { force: true })
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10)
    if (locksHeldHere.has(lockPath)) {
      throw new EmbeddedDatabaseBusyError(`The embedded database in ${dataDir} is already open in this process.`)
    }
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
      throw new EmbeddedDatabaseBusyError(
        `The embedded database in ${dataDir} is in use by process ${owner} (lock file ${lockPath}). ` +
          'Stop that process first, or point DATABASE_URL at a PostgreSQL server.',
      )
    }
    await rm(lockPath, { force: true }) // Stale: its process is gone.
  }
  throw new EmbeddedDatabaseBusyError(`Could not lock ${lockPath}: another process keeps taking it.`)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
