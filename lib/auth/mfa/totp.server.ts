import { db } from '@/lib/db/client.server'
import { totpStep } from './totp'

/**
 * Whether the code is the user's current TOTP code and was not used before. The accepted time step is stored, and a
 * code of that step or an earlier one is refused from then on (ASVS 6.5.1), also when two requests race: the update
 * only succeeds while the stored step is lower.
 */
export async function verifyTotp(userId: string, code: string): Promise<boolean> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { mfaSecret: true, mfaLastStep: true },
  })
  if (!user?.mfaSecret || !/^\d{6}$/.test(code)) return false
  const step = totpStep(user.mfaSecret, code)
  if (step === null) return false
  const claimed = await db().user.updateMany({
    where: { id: userId, OR: [{ mfaLastStep: null }, { mfaLastStep: { lt: step } }] },
    data: { mfaLastStep: step },
  })
  return claimed.count === 1
}
