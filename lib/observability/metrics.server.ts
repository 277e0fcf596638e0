import client from 'prom-client'

// Prometheus metrics (prom-client). The registry lives on globalThis: the HTTP server (scripts/serve.ts), which times
// requests and serves /metrics, and the Next bundle, which counts moves, run in one process but load modules apart.

type Metrics = {
  registry: client.Registry
  requestDuration: client.Histogram<'method' | 'route' | 'status'>
  movesRecorded: client.Counter
}

const state = globalThis as unknown as { deelwijsMetrics?: Metrics; deelwijsDbPool?: PoolLike }

/** What the metrics read from the app's database pool (a pg.Pool). */
export type PoolLike = { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } }

/** Called by the database client when it creates its pool (lib/db/client.server.ts). */
export function watchDatabasePool(pool: PoolLike) {
  state.deelwijsDbPool = pool
}

export function metrics(): Metrics {
  if (state.deelwijsMetrics) return state.deelwijsMetrics
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry, prefix: 'deelwijs_' })
  const requestDuration = new client.Histogram({
    name: 'deelwijs_http_request_duration_seconds',
    help: 'HTTP request duration by route (ids replaced), method and status class',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const movesRecorded = new client.Counter({
    name: 'deelwijs_moves_recorded_total',
    help: 'Moves (choices) recorded by this instance',
    registers: [registry],
  })
  const pool = (pick: (p: PoolLike) => number | undefined) =>
    function (this: client.Gauge) {
      const value = state.deelwijsDbPool ? pick(state.deelwijsDbPool) : undefined
      if (value !== undefined) this.set(value)
    }
  new client.Gauge({
    name: 'deelwijs_db_pool_connections',
    help: 'Connections open in the database pool',
    registers: [registry],
    collect: pool((p) => p.totalCount),
  })
  new client.Gauge({
    name: 'deelwijs_db_pool_idle',
    help: 'Idle connections in the database pool',
    registers: [registry],
    collect: pool((p) => p.idleCount),
  })
  new client.Gauge({
    name: 'deelwijs_db_pool_waiting',
    help: 'Queries waiting for a free database connection',
    registers: [registry],
    collect: pool((p) => p.waitingCount),
  })
  new client.Gauge({
    name: 'deelwijs_db_pool_max',
    help: 'Largest number of connections the pool may open',
    registers: [registry],
    collect: pool((p) => p.options?.max),
  })
  new client.Gauge({
    name: 'deelwijs_outbox_backlog',
    help: 'xAPI statements and gradebook scores not yet delivered',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      // The app's own client (lib/db/client.server.ts), once it exists: no extra connection for a scrape.
      const prisma = (globalThis as { deelwijsPrisma?: { $queryRawUnsafe<T>(sql: string): Promise<T> } }).deelwijsPrisma
      if (!prisma) return
      const rows = await prisma
        .$queryRawUnsafe<Array<{ kind: string; n: number }>>(
          `SELECT 'xapi' AS kind, count(*)::int AS n FROM "XapiStatement" WHERE "sentAt" IS NULL
           UNION ALL SELECT 'lti_score', count(*)::int FROM "LtiScore" WHERE "sentAt" IS NULL AND "parkedAt" IS NULL
           UNION ALL SELECT 'lti_score_parked', count(*)::int FROM "LtiScore" WHERE "parkedAt" IS NOT NULL`,
        )
        .catch(() => [])
      for (const row of rows) this.set({ kind: row.kind }, row.n)
    },
  })
  state.deelwijsMetrics = { registry, requestDuration, movesRecorded }
  return state.deelwijsMetrics
}

/** Counts one recorded move (lib/progress/attempts.server.ts). */
export function countMove() {
  metrics().movesRecorded.inc()
}
