// The app's own HTTP server: Next as a library behind a plain node:http server, started by scripts/start.ts, and the
// entrypoint of the container image (Dockerfile). Reasons (docs/decisions/020 and 031):
//   - it sees the socket, so it can tell the app which address is the client's (TRUST_PROXY_HOPS), which `next start`
//     cannot: Next fills in X-Forwarded-For itself;
//   - it shuts down gracefully on SIGTERM: stop accepting, let requests in flight finish, close the database pool;
//   - it gives every request an id, logs it as one JSON line (pino) and times it for the metrics at /metrics.
// Flags: --dev (Next's development server). Settings come from the environment start.ts (or the chart) prepared.
import { createServer } from 'node:http'
import next from 'next'
import { parseEnv } from '@/lib/env.server'
import { stampClientAddress } from '@/lib/http/client-address'
import { closeGracefully } from '@/lib/http/graceful-close'
import { logger } from '@/lib/observability/logger.server'
import { metrics } from '@/lib/observability/metrics.server'
import { bearerMatches, REQUEST_ID_HEADER, requestId } from '@/lib/observability/request-context'
import { routeLabel } from '@/lib/observability/routes'

const dev = process.argv.includes('--dev')
const settings = parseEnv(process.env)
const log = logger()
/** How long requests in flight may take to finish after SIGTERM before their connections are cut. */
const GRACE_MS = 10_000

async function main() {
  const app = next({ dev, dir: process.cwd(), port: settings.PORT, hostname: 'localhost' })
  await app.prepare()
  const handle = app.getRequestHandler()
  const hops = settings.TRUST_PROXY_HOPS
  const { registry, requestDuration } = metrics()

  const server = createServer((request, response) => {
    const id = requestId(request, hops > 0)
    request.headers[REQUEST_ID_HEADER] = id
    response.setHeader(REQUEST_ID_HEADER, id)
    stampClientAddress(request, hops)
    const started = process.hrtime.bigint()
    const route = routeLabel(request.url)
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      const status = response.statusCode
      requestDuration.observe(
        { method: request.method ?? 'GET', route, status: `${Math.floor(status / 100)}xx` },
        seconds,
      )
      // Only the route with ids replaced: a path or query can hold a token (password reset, invitation).
      log.info({ reqId: id, method: request.method, route, status, ms: Math.round(seconds * 1000) }, 'request')
    })
    if (route === '/metrics' && settings.METRICS_TOKEN) {
      if (!bearerMatches(request, settings.METRICS_TOKEN)) {
        response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"unauthorized"}')
        return
      }
      void registry
        .metrics()
        .then((body) => response.writeHead(200, { 'content-type': registry.contentType }).end(body))
      return
    }
    void handle(request, response)
  })
  if (dev) server.on('upgrade', app.getUpgradeHandler())

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'stopping: no new connections; finishing requests in flight')
    void closeGracefully(server, GRACE_MS).then(async () => {
      await app.close().catch(() => {})
      // The app's Prisma client (lib/db/client.server.ts) lives on globalThis in this process; it ends its pool.
      const prisma = (globalThis as { deelwijsPrisma?: { $disconnect(): Promise<void> } }).deelwijsPrisma
      await prisma?.$disconnect().catch(() => {})
      log.info('server stopped')
      log.flush()
      process.exit(0)
    })
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))

  server.listen(settings.PORT, () => {
    log.info({ port: settings.PORT, trustProxyHops: hops }, `listening on http://localhost:${settings.PORT}`)
  })
}

main().catch((error) => {
  log.fatal({ err: error }, 'server failed to start')
  log.flush()
  process.exit(1)
})
