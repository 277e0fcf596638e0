import type { Server } from 'node:http'

/**
 * Stops an HTTP server gracefully: no new connections, idle keep-alive connections closed now, requests in flight
 * allowed to finish; after `graceMs` the remaining connections are cut. Resolves once every connection has ended.
 * Used by scripts/serve.ts on SIGTERM.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs)
    cut.unref()
    server.close(() => {
      clearTimeout(cut)
      resolve()
    })
    server.closeIdleConnections()
  })
}
