// The app's own HTTP server: Next as a library behind a plain node:http server, started by scripts/start.ts.
// Two reasons (docs/decisions/020-sessions-client-address-and-forms.md):
//   - it sees the socket, so it can tell the app which address is the client's (TRUST_PROXY_HOPS), which `next start`
//     cannot: Next fills in X-Forwarded-For itself;
//   - it shuts down gracefully on SIGTERM: stop accepting, let requests in flight finish, close the database pool.
// Flags: --dev (Next's development server). Settings come from the environment start.ts prepared.
import { createServer } from 'node:http'
import next from 'next'
import { parseEnv } from '@/lib/env.server'
import { stampClientAddress } from '@/lib/http/client-address'
import { closeGracefully } from '@/lib/http/graceful-close'

const dev = process.argv.includes('--dev')
const settings = parseEnv(process.env)
const log = (line: string) => console.log(`[deelwijs] ${line}`)
/** How long requests in flight may take to finish after SIGTERM before their connections are cut. */
const GRACE_MS = 10_000

async function main() {
  const app = next({ dev, dir: process.cwd(), port: settings.PORT, hostname: 'localhost' })
  await app.prepare()
  const handle = app.getRequestHandler()
  const hops = settings.TRUST_PROXY_HOPS

  const server = createServer((request, response) => {
    stampClientAddress(request, hops)
    void handle(request, response)
  })
  if (dev) server.on('upgrade', app.getUpgradeHandler())

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal}: no new connections; finishing requests in flight`)
    void closeGracefully(server, GRACE_MS).then(async () => {
      await app.close().catch(() => {})
      // The app's Prisma client (lib/db/client.server.ts) lives on globalThis in this process.
      const prisma = (globalThis as { deelwijsPrisma?: { $disconnect(): Promise<void> } }).deelwijsPrisma
      await prisma?.$disconnect().catch(() => {})
      log('server stopped')
      process.exit(0)
    })
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))

  server.listen(settings.PORT, () => {
    log(`listening on http://localhost:${settings.PORT}${hops ? ` (trusting ${hops} proxy hop(s))` : ''}`)
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
