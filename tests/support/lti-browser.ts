// A browser for integration tests of the LTI routes: a cookie jar, and requests handed straight to the app's route
// handlers (no server), with the Cookie header a browser would send and the Set-Cookie answers kept. Two instances are
// two browsers: what the one keeps, the other does not have. A browser that blocks cookies (as Safari does in an
// LMS's frame) keeps none; one that `drops` some keeps the others (a frame that keeps the login's partitioned state
// cookie but not a Lax session cookie).

/** The tool's origin as the route handlers see it in tests (lib/http/public-origin.server.ts without NEXTAUTH_URL). */
export const TOOL_ORIGIN = 'http://localhost:3000'

type Handler = (request: Request) => Promise<Response>
export type Routes = Record<string, () => Promise<{ GET?: Handler; POST?: Handler }>>

export class TestBrowser {
  readonly jar = new Map<string, string>()

  constructor(
    private readonly routes: Routes,
    private readonly options: { blocksCookies?: boolean; drops?: RegExp } = {},
  ) {}

  /** Whether a URL is one of the app's routes this browser can reach here. */
  reaches(url: string) {
    const target = new URL(url, TOOL_ORIGIN)
    return target.origin === TOOL_ORIGIN && target.pathname in this.routes
  }

  async get(url: string) {
    return this.send('GET', url)
  }

  /** A form post; `from` is the page it comes from (its origin goes in the Origin header, as browsers send it). */
  async post(url: string, fields: Record<string, string>, from = 'https://lms.example') {
    return this.send('POST', url, new URLSearchParams(fields), new URL(from).origin)
  }

  /** Follows the app's own redirects, as a browser would, and returns the first answer that is not one of them. */
  async follow(response: Response) {
    let current = response
    for (let hops = 0; hops < 5; hops++) {
      const location = current.headers.get('location')
      if (!(current.status >= 300 && current.status < 400 && location && this.reaches(location))) return current
      current = await this.get(location)
    }
    throw new Error('too many redirects')
  }

  private async send(method: 'GET' | 'POST', url: string, body?: URLSearchParams, origin?: string) {
    const target = new URL(url, TOOL_ORIGIN)
    const load = this.routes[target.pathname]
    if (!load) throw new Error(`no route for ${target.pathname} in this test`)
    const handler = (await load())[method]
    if (!handler) throw new Error(`${method} ${target.pathname} has no handler`)
    const headers = new Headers({ host: target.host })
    if (origin) headers.set('origin', origin)
    if (body) headers.set('content-type', 'application/x-www-form-urlencoded')
    const cookie = [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ')
    if (cookie) headers.set('cookie', cookie)
    const response = await handler(
      new Request(`${TOOL_ORIGIN}${target.pathname}${target.search}`, { method, headers, body }),
    )
    this.keep(response)
    return response
  }

  private keep(response: Response) {
    if (this.options.blocksCookies) return
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim())
      const at = pair.indexOf('=')
      const name = pair.slice(0, at)
      if (this.options.drops?.test(name)) continue
      const value = pair.slice(at + 1)
      const expired = attributes.some((attribute) => /^max-age=0$/i.test(attribute)) || value === ''
      if (expired) this.jar.delete(name)
      else this.jar.set(name, value)
    }
  }
}
