import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'

// Failed sign-ins are counted in the database, so the limits hold across restarts and across app instances. Three
// counters (docs/decisions/020-sessions-client-address-and-forms.md):
//   pair:<email>|<address>  LOGIN_MAX_FAILURES per window stop that address for that account: guessing one password;
//   ip:<address>            4× that stop the address for every account: trying one password on many accounts;
//   acct:<email>            past LOGIN_MAX_FAILURES, a delay that doubles per failure up to the window length, for
//                           every address that already failed for this account. An address with no failures for the
//                           account is always let through to the password check, so others' failures can never lock
//                           the owner out: the right password from a clean address always gets in.

export type ThrottleKeys = { pair: string; ip: string; account: string }

export function throttleKeys(email: string, address: string): ThrottleKeys {
  const account = email.trim().toLowerCase()
  return { pair: `pair:${account}|${address}`, ip: `ip:${address}`, account: `acct:${account}` }
}

/** The first delay once an account has LOGIN_MAX_FAILURES failures; it doubles with each further failure. */
const FIRST_DELAY_SECONDS = 30

function windowMs() {
  return env().LOGIN_WINDOW_MINUTES * 60_000
}

async function failuresSince(key: string, since: Date) {
  return db().loginFailure.findMany({
    where: { key, createdAt: { gte: since } },
    orderBy: { createdAt: 'asc' },
    select: { createdAt: true },
  })
}

/** Seconds an account's failures make an address with failures wait: 0 below the limit, then 30 s, 60 s, … */
export function accountDelaySeconds(failures: number, maxFailures: number, windowMinutes: number): number {
  if (failures < maxFailures) return 0
  return Math.min(windowMinutes * 60, FIRST_DELAY_SECONDS * 2 ** (failures - maxFailures))
}

/** Minutes to wait before this address may try this account again, or 0 when it may try now. */
export async function minutesUntilAllowed(keys: ThrottleKeys): Promise<number> {
  const now = Date.now()
  const since = new Date(now - windowMs())
  const { LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES } = env()
  const [pair, ip, account] = await Promise.all([
    failuresSince(keys.pair, since),
    failuresSince(keys.ip, since),
    failuresSince(keys.account, since),
  ])
  const untilOldestLeaves = (list: { createdAt: Date }[], limit: number) => {
    if (list.length < limit) return 0
    const oldest = list[list.length - limit]?.createdAt ?? new Date(now)
    return oldest.getTime() + windowMs() - now
  }
  let waitMs = Math.max(untilOldestLeaves(pair, LOGIN_MAX_FAILURES), untilOldestLeaves(ip, LOGIN_MAX_FAILURES * 4))
  // The account-wide delay only holds back addresses that failed for this account themselves.
  if (pair.length > 0) {
    const last = account[account.length - 1]?.createdAt
    const delay = accountDelaySeconds(account.length, LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES) * 1000
    if (last && delay > 0) waitMs = Math.max(waitMs, last.getTime() + delay - now)
  }
  return waitMs > 0 ? Math.ceil(waitMs / 60_000) : 0
}

export async function recordFailure(keys: ThrottleKeys) {
  await db().loginFailure.createMany({ data: [{ key: keys.pair }, { key: keys.ip }, { key: keys.account }] })
  // Keep the table small: what is older than the window no longer counts.
  await db().loginFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - windowMs()) } } })
}

/** After a right password: this account's failures from this address and its account-wide count start again. */
export async function clearFailures(keys: ThrottleKeys) {
  await db().loginFailure.deleteMany({ where: { key: { in: [keys.pair, keys.account] } } })
}

/** An administrator lifts every sign-in block on an account (lib/accounts/unblock.server.ts). Returns rows removed. */
export async function clearAccountFailures(email: string): Promise<number> {
  const account = email.trim().toLowerCase()
  const { count } = await db().loginFailure.deleteMany({
    where: { OR: [{ key: `acct:${account}` }, { key: { startsWith: `pair:${account}|` } }] },
  })
  return count
}
