import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'

// Failed sign-ins are counted in the database, so the limit holds across restarts and across app instances.
// Both the e-mail address and the client address are counted: one stops guessing one account's password,
// the other stops trying one password on many accounts.

export function throttleKeys(email: string, ip: string | undefined): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`]
  if (ip) keys.push(`ip:${ip}`)
  return keys
}

function windowStart() {
  return new Date(Date.now() - env().LOGIN_WINDOW_MINUTES * 60_000)
}

/** Minutes to wait before another try is allowed, or 0 when the keys are not throttled. */
export async function minutesUntilAllowed(keys: string[]): Promise<number> {
  const since = windowStart()
  const { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES } = env()
  let wait = 0
  for (const key of keys) {
    // The ip key allows more failures: several colleagues may share one office address.
    const limit = key.startsWith('ip:') ? LOGIN_MAX_FAILURES * 4 : LOGIN_MAX_FAILURES
    const failures = await db().loginFailure.findMany({
      where: { key, createdAt: { gte: since } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    })
    if (failures.length >= limit) {
      // Allowed again once the oldest failure that still counts leaves the window.
      const oldest = failures[failures.length - limit]?.createdAt ?? new Date()
      const ms = oldest.getTime() + LOGIN_WINDOW_MINUTES * 60_000 - Date.now()
      wait = Math.max(wait, Math.ceil(ms / 60_000))
    }
  }
  return wait
}

export async function recordFailure(keys: string[]) {
  await db().loginFailure.createMany({ data: keys.map((key) => ({ key })) })
  // Keep the table small: what is older than the window no longer counts.
  await db().loginFailure.deleteMany({ where: { createdAt: { lt: windowStart() } } })
}

export async function clearFailures(email: string) {
  await db().loginFailure.deleteMany({ where: { key: throttleKeys(email, undefined)[0] } })
}
