import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { clearAccountFailures } from '@/lib/auth/login-throttle.server'
import type { FormResult } from '@/lib/forms/result'

const unblockSchema = z.object({ email: z.email('Vul een geldig e-mailadres in.').max(254).toLowerCase() })

/**
 * An administrator lifts the sign-in throttle of one account (every address), for someone who is held back by failed
 * tries, their own or others'. Audited with the account's id when it exists, never with the e-mail address.
 */
export async function unblockSignIn(actorId: string, input: unknown): Promise<FormResult> {
  const parsed = unblockSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: { email: parsed.error.issues[0]?.message ?? 'Ongeldig.' } }
  const removed = await clearAccountFailures(parsed.data.email)
  await audit({ actorId, action: 'user.unblock-sign-in', detail: { failuresRemoved: removed } })
  return {
    ok: true,
    message:
      removed > 0
        ? 'Gedeblokkeerd: dit account kan meteen weer inloggen.'
        : 'Er stond geen blokkade op dit e-mailadres. Het account kan gewoon inloggen.',
  }
}
