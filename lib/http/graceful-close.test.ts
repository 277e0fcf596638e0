import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from 'vitest'
import { closeGracefully } from './graceful-close'

function get(port: number, path: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = ''
      res.on('data', (chunk) => {
        body += chunk
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

test('a request in flight finishes after the stop begins; new connections are refused', async () => {
  const server = createServer((req, res) => {
    // A slow request: still running when the stop starts.
    setTimeout(() => res.end(`done ${req.url}`), req.url === '/slow' ? 400 : 0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  const slow = get(port, '/slow')
  await new Promise((resolve) => setTimeout(resolve, 100))
  const closed = closeGracefully(server, 5_000)
  await expect(get(port, '/new')).rejects.toThrow(/ECONNREFUSED/)
  expect(await slow).toEqual({ status: 200, body: 'done /slow' })
  await closed
})

test('after the grace period, connections still open are cut', async () => {
  const server = createServer(() => {
    // Never answers.
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const hanging = get(port, '/hang').catch((error: Error) => error.message)
  await new Promise((resolve) => setTimeout(resolve, 100))
  const started = Date.now()
  await closeGracefully(server, 300)
  expect(Date.now() - started).toBeLessThan(2_000)
  expect(await hanging).toMatch(/socket hang up|ECONNRESET/)
})
