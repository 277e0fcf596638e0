// Shared by the benchmark scripts: start/wait for the app, sign in through the sign-in form, and summarise timings.
import { spawn } from 'node:child_process'
import { hiddenFields, signIn as signInThroughForm } from '../tests/instances/http-client'
import { currentTotp } from '../tests/support/totp'

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    )
  })
}

export async function waitForServer(base: string, attempts = 480) {
  for (let i = 0; i < attempts; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error('server did not start')
}

/** Signs in through next-auth's own endpoints and returns the session cookie header. */
/**
 * Signs in through the sign-in form, as a browser without JavaScript does (the form's server action; next-auth's own
 * credentials callback is not the app's way in), and returns the session cookie for later requests. Roles that need a
 * second factor (coordinators, admins) pass their TOTP secret: the code is then answered on /inloggen/tweestaps.
 */
export async function signIn(base: string, email: string, password: string, totpSecret?: string) {
  const client = { base, forwardedFor: '127.0.0.1' }
  const result = await signInThroughForm(client, email, password)
  if (!result.cookie) throw new Error(`signing in as ${email} failed (${result.status})`)
  if (!totpSecret) return result.cookie
  const challenge = await fetch(`${base}/inloggen/tweestaps`, { headers: { cookie: result.cookie } })
  const form = new FormData()
  for (const [name, value] of hiddenFields(await challenge.text())) form.append(name, value)
  form.append('code', currentTotp(totpSecret))
  const answered = await fetch(`${base}/inloggen/tweestaps`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { cookie: result.cookie, origin: base },
  })
  const fresh = answered.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] as string)
    .filter((c) => !c.endsWith('='))
  const session = fresh.find((c) => c.includes('session-token'))
  if (!session) throw new Error(`the second factor of ${email} was not accepted (${answered.status})`)
  return session
}

export type Timing = { p50: number; p95: number; mean: number; n: number }

/** Percentiles (nearest rank) and mean of millisecond samples, rounded to 0.01 ms. */
export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
  const round = (x: number) => Math.round(x * 100) / 100
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    n: sorted.length,
  }
}
