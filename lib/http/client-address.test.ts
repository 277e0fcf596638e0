import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from 'vitest'
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, stampClientAddress } from './client-address'

test('without trusted proxies the socket address is the client, whatever X-Forwarded-For says', () => {
  expect(resolveClientAddress('198.51.100.7', '203.0.113.1', 0)).toBe('198.51.100.7')
  expect(resolveClientAddress('::ffff:198.51.100.7', undefined, 0)).toBe('198.51.100.7')
  expect(resolveClientAddress(undefined, undefined, 0)).toBe('unknown')
})

test('with N trusted proxies the client is the Nth address from the right', () => {
  // The client sent "1.1.1.1" itself; our proxy appended the address it saw.
  expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9')
  expect(resolveClientAddress('10.0.0.2', ['1.1.1.1', '203.0.113.9, 10.0.0.1'], 2)).toBe('203.0.113.9')
  // Fewer entries than hops: the leftmost is the best there is; none at all: the socket.
  expect(resolveClientAddress('10.0.0.2', '203.0.113.9', 3)).toBe('203.0.113.9')
  expect(resolveClientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2')
})

/** A real HTTP server with the same stamping the app's server does, answering with the header the app would see. */
async function echoServer(hops: number) {
  const server = createServer((req, res) => {
    stampClientAddress(req, hops)
    res.end(String(req.headers[CLIENT_ADDRESS_HEADER]))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const get = (headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, headers }, (res) => {
        let body = ''
        res.on('data', (chunk) => {
          body += chunk
        })
        res.on('end', () => resolve(body))
      })
      req.on('error', reject)
      req.end()
    })
  return { get, close: () => new Promise((resolve) => server.close(resolve)) }
}

test('real requests: rotating X-Forwarded-For or sending the header itself does not change the address', async () => {
  const direct = await echoServer(0)
  expect(await direct.get({ 'x-forwarded-for': '203.0.113.1' })).toBe('127.0.0.1')
  expect(await direct.get({ 'x-forwarded-for': '203.0.113.2' })).toBe('127.0.0.1')
  expect(await direct.get({ [CLIENT_ADDRESS_HEADER]: '203.0.113.3' })).toBe('127.0.0.1')
  await direct.close()

  const behindProxy = await echoServer(1)
  expect(await behindProxy.get({ 'x-forwarded-for': 'spoofed, 203.0.113.4' })).toBe('203.0.113.4')
  expect(await behindProxy.get({ [CLIENT_ADDRESS_HEADER]: '1.2.3.4' })).toBe('127.0.0.1')
  await behindProxy.close()
})
