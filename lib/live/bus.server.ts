import { EventEmitter } from 'node:events'
import Redis from 'ioredis'
import pg from 'pg'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import type { LiveEvent } from './view'

// Carries live-session events to every open screen (docs/decisions/032-live-class-sessions.md). Three transports behind
// one interface:
//   - memory: an EventEmitter in this process. For the embedded database: one app instance, and PGlite serves one
//     connection at a time, so a LISTEN connection held open would starve the app.
//   - postgres: NOTIFY through the app's pool, LISTEN on one dedicated connection per process: app instances on one
//     PostgreSQL see each other's events with no further infrastructure.
//   - redis: PUBLISH / SUBSCRIBE, when REDIS_URL is set (the same Redis the rate limits use).
// Every event goes through the transport, also to this process's own subscribers, so all screens see one order.

export const LIVE_CHANNEL = 'deelwijs_live'

export type Listener = (event: LiveEvent | { type: 'resync'; sessionId: string }) => void

export interface LiveBus {
  readonly kind: 'memory' | 'postgres' | 'redis'
  /** Resolves once the transport listens, so nothing published after it is missed by this process. */
  readonly ready: Promise<void>
  publish(event: LiveEvent): Promise<void>
  /** Calls the listener for every event of the session until the returned function is called. */
  subscribe(sessionId: string, listener: Listener): () => void
  close(): Promise<void>
}

/** Fan-out to this process's subscribers, keyed by session. */
class LocalFanOut {
  private readonly emitter = new EventEmitter()
  constructor() {
    // One listener per open screen: hundreds per session are expected.
    this.emitter.setMaxListeners(0)
  }
  deliver(event: LiveEvent | { type: 'resync'; sessionId: string }) {
    this.emitter.emit(event.sessionId, event)
  }
  /** After the transport reconnected, events may have been missed: every screen gets the full state again. */
  resyncAll() {
    for (const name of this.emitter.eventNames()) this.deliver({ type: 'resync', sessionId: String(name) })
  }
  subscribe(sessionId: string, listener: Listener): () => void {
    this.emitter.on(sessionId, listener)
    return () => this.emitter.off(sessionId, listener)
  }
}

function parseEvent(text: string): LiveEvent | null {
  try {
    const value = JSON.parse(text) as LiveEvent
    return typeof value?.sessionId === 'string' ? value : null
  } catch {
    return null
  }
}

export function createMemoryBus(): LiveBus {
  const local = new LocalFanOut()
  return {
    kind: 'memory',
    ready: Promise.resolve(),
    async publish(event) {
      local.deliver(event)
    },
    subscribe: (sessionId, listener) => local.subscribe(sessionId, listener),
    async close() {},
  }
}

/**
 * LISTEN on a dedicated client (a pooled connection would be handed to other queries); NOTIFY through `notify`, by
 * default the app's pool. The listening client reconnects after an error; screens then get the full state again.
 */
export function createPostgresBus(
  connectionString: string,
  notify: (payload: string) => Promise<unknown> = (payload) =>
    db().$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`,
): LiveBus {
  const local = new LocalFanOut()
  let client: pg.Client | null = null
  let closed = false
  let ready: Promise<void>

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString })
    next.on('notification', (message) => {
      const event = message.payload ? parseEvent(message.payload) : null
      if (event) local.deliver(event)
    })
    const reconnect = () => {
      if (closed || client !== next) return
      client = null
      next.end().catch(() => {})
      setTimeout(() => {
        ready = connect()
          .then(() => local.resyncAll())
          .catch(() => {})
      }, 1000)
    }
    next.on('error', reconnect)
    next.on('end', reconnect)
    client = next
    await next.connect()
    await next.query(`LISTEN ${LIVE_CHANNEL}`)
  }
  ready = connect()

  return {
    kind: 'postgres',
    async publish(event) {
      await notify(JSON.stringify(event))
    },
    subscribe: (sessionId, listener) => local.subscribe(sessionId, listener),
    get ready() {
      return ready
    },
    async close() {
      closed = true
      await client?.end().catch(() => {})
    },
  }
}

export function createRedisBus(url: string): LiveBus {
  const local = new LocalFanOut()
  const publisher = new Redis(url, { maxRetriesPerRequest: 2 })
  const subscriber = new Redis(url)
  publisher.on('error', () => {})
  subscriber.on('error', () => {})
  subscriber.on('message', (_channel, message) => {
    const event = parseEvent(message)
    if (event) local.deliver(event)
  })
  // ioredis re-subscribes by itself after a reconnect; what was published meanwhile is lost, so resend the state.
  let connectedOnce = false
  subscriber.on('ready', () => {
    if (connectedOnce) local.resyncAll()
    connectedOnce = true
  })
  const ready = subscriber.subscribe(LIVE_CHANNEL).then(() => {})
  return {
    kind: 'redis',
    ready,
    async publish(event) {
      await publisher.publish(LIVE_CHANNEL, JSON.stringify(event))
    },
    subscribe: (sessionId, listener) => local.subscribe(sessionId, listener),
    async close() {
      publisher.disconnect()
      subscriber.disconnect()
    },
  }
}

/**
 * The transport for this process: Redis when REDIS_URL is set; PostgreSQL LISTEN/NOTIFY when the database serves
 * more than one connection; in memory on the embedded database (DATABASE_POOL_MAX=1, set by the start script).
 */
export function chooseBusKind(settings: {
  REDIS_URL?: string
  DATABASE_URL?: string
  DATABASE_POOL_MAX: number
}): LiveBus['kind'] {
  if (settings.REDIS_URL) return 'redis'
  if (settings.DATABASE_URL && settings.DATABASE_POOL_MAX > 1) return 'postgres'
  return 'memory'
}

const globalForBus = globalThis as unknown as { deelwijsLiveBus?: LiveBus }

export function liveBus(): LiveBus {
  if (!globalForBus.deelwijsLiveBus) {
    const settings = env()
    const kind = chooseBusKind(settings)
    globalForBus.deelwijsLiveBus =
      kind === 'redis'
        ? createRedisBus(settings.REDIS_URL as string)
        : kind === 'postgres'
          ? createPostgresBus(settings.DATABASE_URL as string)
          : createMemoryBus()
  }
  return globalForBus.deelwijsLiveBus
}
