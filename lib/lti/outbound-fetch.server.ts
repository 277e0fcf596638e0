import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

// Requests to addresses an LMS names during dynamic registration (ADR 038): the OpenID configuration URL arrives in a
// query string, so whoever holds a registration link could point Deelwijs at any address. Every such request goes
// through here: https only (http://localhost only in development and tests), no redirects, a time limit, a size limit,
// and in production no loopback, link-local (cloud metadata), private or otherwise special address, unless the
// deployment allows private networks for an LMS on its own network.

export type FetchPolicy = {
  /** http://localhost and loopback addresses (development, tests, the e2e suite's test LMS). */
  allowLocalhost: boolean
  /** Private addresses (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7): an LMS on the organisation's network. */
  allowPrivate: boolean
  timeoutMs: number
  maxBytes: number
}

export class OutboundError extends Error {
  constructor(
    readonly code: 'insecure-url' | 'blocked-address' | 'unreachable' | 'too-large' | 'redirect' | 'not-json',
    message: string,
  ) {
    super(message)
  }
}

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

const PRIVATE = new BlockList()
for (const [net, bits] of [
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['100.64.0.0', 10],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4')
PRIVATE.addSubnet('fc00::', 7, 'ipv6')

/** Never reachable from here, whatever the settings: this host's "any", link-local (169.254.169.254), multicast … */
const ALWAYS_BLOCKED = new BlockList()
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['169.254.0.0', 16],
  ['192.0.0.0', 24],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  ALWAYS_BLOCKED.addSubnet(net, bits, 'ipv4')
for (const [net, bits] of [
  ['::', 128],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  ALWAYS_BLOCKED.addSubnet(net, bits, 'ipv6')

export function addressAllowed(address: string, policy: FetchPolicy): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4'
  // An IPv4 address mapped into IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it is.
  const mapped = family === 'ipv6' ? address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1] : undefined
  if (mapped) return addressAllowed(mapped, policy)
  if (ALWAYS_BLOCKED.check(address, family)) return false
  if (LOOPBACK.check(address, family)) return policy.allowLocalhost
  if (PRIVATE.check(address, family)) return policy.allowPrivate
  return true
}

function isLocalhost(url: URL) {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]'
}

/** Whether the address may be used at all under the policy (scheme and host name; no DNS). */
export function urlAllowed(value: string, policy: Pick<FetchPolicy, 'allowLocalhost'>): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  if (url.protocol === 'https:') return true
  return url.protocol === 'http:' && policy.allowLocalhost && isLocalhost(url)
}

async function checkAddress(url: URL, policy: FetchPolicy) {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address)
  } catch {
    throw new OutboundError('unreachable', `${url.host} is onbekend (DNS)`)
  }
  if (addresses.length === 0 || !addresses.every((address) => addressAllowed(address, policy))) {
    throw new OutboundError('blocked-address', `${url.host} ligt op een adres dat Deelwijs niet benadert`)
  }
}

/**
 * Fetches JSON from an address an LMS named, within the policy. The DNS check happens before the request, so a name
 * that changes its address in between (DNS rebinding) is a remaining gap; ADR 038 says why that is acceptable here.
 */
export async function fetchJson(
  value: string,
  init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string },
  policy: FetchPolicy,
): Promise<{ status: number; json: unknown }> {
  if (!urlAllowed(value, policy)) throw new OutboundError('insecure-url', `${value} is geen https-adres`)
  const url = new URL(value)
  await checkAddress(url, policy)
  let response: Response
  try {
    response = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', ...init.headers },
      redirect: 'manual',
      signal: AbortSignal.timeout(policy.timeoutMs),
    })
  } catch {
    throw new OutboundError('unreachable', `${url.host} gaf geen antwoord binnen ${policy.timeoutMs / 1000} seconden`)
  }
  if (response.status >= 300 && response.status < 400) {
    await response.body?.cancel().catch(() => {})
    throw new OutboundError('redirect', `${url.host} stuurde door naar een ander adres`)
  }
  const text = await readLimited(response, policy)
  try {
    return { status: response.status, json: text === '' ? null : JSON.parse(text) }
  } catch {
    throw new OutboundError('not-json', `${url.host} antwoordde niet met JSON (status ${response.status})`)
  }
}

async function readLimited(response: Response, policy: FetchPolicy) {
  const declared = Number(response.headers.get('content-length') ?? '0')
  const tooLarge = () => new OutboundError('too-large', `het antwoord is groter dan ${policy.maxBytes / 1024} kB`)
  if (declared > policy.maxBytes) {
    await response.body?.cancel().catch(() => {})
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  if (!response.body) return ''
  const reader = response.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > policy.maxBytes) {
        await reader.cancel().catch(() => {})
        throw tooLarge()
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof OutboundError) throw error
    throw new OutboundError('unreachable', 'het antwoord kwam niet op tijd binnen')
  }
  return Buffer.concat(chunks).toString('utf8')
}
