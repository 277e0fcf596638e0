import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { publicKeySet } from '@/lib/lti/keys.server'
import { beginLogin } from '@/lib/lti/launch.server'
import type { LaunchRequest, TestPlatform } from '../servers/lti-platform'

// Helpers for integration tests that run LTI launches against the test platform (tests/servers/lti-platform.ts).

/** A port nobody listens on right now, so test files running side by side do not clash. */
export async function freePort() {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The tool's JWKS, as /api/lti/jwks serves it, so the platform can check the tool's signatures. */
export async function startToolKeys(port: number) {
  const server = http.createServer(async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await publicKeySet()))
  })
  await new Promise<void>((resolve) => server.listen(port, resolve))
  return { close: () => new Promise((resolve) => server.close(resolve)) }
}

/** Steps 1 and 2 as a browser would carry them: the login initiation, then the platform's signed answer. */
export async function launchThrough(
  platform: TestPlatform,
  toolOrigin: string,
  request: LaunchRequest,
  sign = platform.idToken,
) {
  const login = new URL(platform.loginInitiationUrl(request))
  const begun = await beginLogin(
    Object.fromEntries(login.searchParams) as Parameters<typeof beginLogin>[0],
    `${toolOrigin}/api/lti/launch`,
  )
  if ('error' in begun) throw new Error(begun.error)
  const auth = new URL(begun.redirect)
  const token = await sign(request, auth.searchParams.get('nonce') as string)
  return { state: auth.searchParams.get('state') as string, token, auth }
}
