// A test Learning Record Store on localhost: accepts xAPI statements like a conformant LRS (version header, Basic
// auth, each statement checked against the xAPI 1.0.3 rules, idempotent on statement id) and can be switched off to
// test that the outbox loses nothing while the LRS is down.
import http from 'node:http'
import { validateStatement } from '@/lib/xapi/statement-schema'

export type TestLrs = Awaited<ReturnType<typeof startTestLrs>>

export async function startTestLrs(options: { port: number; username?: string; password?: string }) {
  const statements = new Map<string, Record<string, unknown>>()
  const state = { up: true, requests: 0, rejected: [] as string[] }
  const expectedAuth =
    options.username !== undefined
      ? `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`
      : undefined

  const server = http.createServer(async (req, res) => {
    state.requests++
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (!state.up) return res.writeHead(503).end()
    if (path === '/xapi/statements' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ statements: [...statements.values()] }))
    }
    if (path !== '/xapi/statements' || req.method !== 'POST') return res.writeHead(404).end()
    if (req.headers['x-experience-api-version'] !== '1.0.3') return res.writeHead(400).end('version header')
    if (expectedAuth && req.headers.authorization !== expectedAuth) return res.writeHead(401).end()
    let body = ''
    for await (const chunk of req) body += chunk
    const batch = JSON.parse(body) as unknown
    const list = (Array.isArray(batch) ? batch : [batch]) as Record<string, unknown>[]
    for (const statement of list) {
      const check = validateStatement(statement)
      if (!check.ok) {
        state.rejected.push(...check.problems)
        return res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(check.problems))
      }
    }
    for (const statement of list) statements.set(String(statement.id), statement)
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list.map((s) => s.id)))
  })
  await new Promise<void>((resolve) => server.listen(options.port, resolve))
  return {
    url: `http://localhost:${options.port}/xapi/`,
    statements,
    state,
    setUp: (up: boolean) => {
      state.up = up
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
