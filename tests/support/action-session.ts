import { db } from '@/lib/db/client.server'

// Runs server actions and guarded pages in an integration test as a signed-in user: the cookie is the real session
// cookie the app issues, read through the real guards. A test file mocks next/headers with `headersModule` (vitest
// hoists vi.mock, so the file names it there) and calls `signInAs` before an action.
//
//   vi.mock('next/headers', async () => (await import('../support/action-session')).headersModule)

process.env.NEXTAUTH_SECRET ??= 'integration-test-secret-0123456789abcdef'
// next/navigation's forbidden() refuses to run unless the app enabled authInterrupts (next.config.mjs does).
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = '1'

const jar = new Map<string, string>()

/** What the code under test wrote to the cookie jar, in order (a removal is an empty value with maxAge 0). */
export const cookieWrites: { name: string; value: string; options: Record<string, unknown> }[] = []

export const headersModule = {
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string, options: Record<string, unknown> = {}) => {
      cookieWrites.push({ name, value, options })
      if (value && options.maxAge !== 0) jar.set(name, value)
      else jar.delete(name)
    },
    delete: (name: string) => {
      cookieWrites.push({ name, value: '', options: { maxAge: 0 } })
      jar.delete(name)
    },
  }),
  headers: async () => new Headers(),
}

export async function signInAs(user: { id: string } | null) {
  jar.clear()
  if (!user) return
  const { sessionVersion } = await db().user.findUniqueOrThrow({ where: { id: user.id } })
  // Imported here, not at the top: this module is the factory of the next/headers mock, and the session module
  // imports next/headers itself, so a top-level import would wait for the mock it is building.
  const { sessionCookieFor } = await import('@/lib/auth/issue-session.server')
  // As if signed in with both factors done: these tests are about the actions' own guards, not the second factor
  // (tests/integration/second-factor.test.ts is).
  const cookie = await sessionCookieFor(user.id, sessionVersion, 'done')
  jar.set(cookie.name, cookie.value)
}

/** The session cookie of the current test user, to replay later with `replaySession`. */
export function currentSession(): [string, string][] {
  return [...jar]
}

export function replaySession(session: [string, string][]) {
  jar.clear()
  for (const [name, value] of session) jar.set(name, value)
}

/** What a guard or action ended in: Next's redirect, 404 or 403 are thrown errors with a digest. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run()
    return 'returned'
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? ''
    if (digest.startsWith('NEXT_REDIRECT')) return `redirect ${digest.split(';').slice(2, -2).join(';')}`
    if (digest.endsWith(';404')) return 'notfound'
    if (digest.endsWith(';403')) return 'forbidden'
    throw error
  }
}
