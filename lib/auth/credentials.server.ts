import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { consumeLimit } from '@/lib/security/rate-limit.server'
import { clearFailures, minutesUntilAllowed, recordFailure, throttleKeys } from './login-throttle.server'
import { verifyAgainstDummy, verifyPassword } from './password.server'

// Checking an e-mail address and password, with the throttles around it. The sign-in action
// (app/(auth)/inloggen/actions.ts) is the only caller; it starts the session with lib/auth/issue-session.server.ts.

const credentialsSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
})

export type CredentialsResult =
  | { ok: true; user: { id: string; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'throttled' }

export async function checkCredentials(raw: unknown, clientAddress: string): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, reason: 'invalid' }
  const { email, password } = parsed.data
  if (!(await consumeLimit('signIn', `ip:${clientAddress}`)).ok) return { ok: false, reason: 'throttled' }
  const keys = throttleKeys(email, clientAddress)
  if ((await minutesUntilAllowed(keys)) > 0) return { ok: false, reason: 'throttled' }

  const user = await db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, active: true, sessionVersion: true, passwordHash: true },
  })
  const ok =
    user?.passwordHash && user.active
      ? await verifyPassword(user.passwordHash, password)
      : await verifyAgainstDummy(password)
  if (!user || !ok) {
    await recordFailure(keys)
    return { ok: false, reason: 'invalid' }
  }
  await clearFailures(keys)
  await db().user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } })
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } }
}
