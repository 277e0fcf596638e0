import { audit } from '@/lib/audit/log.server'
import { checkLimit, consumeLimit } from '@/lib/security/rate-limit.server'
import { redeemRecoveryCode } from './recovery-codes.server'
import { verifyTotp } from './totp.server'

export type ChallengeResult =
  | { ok: true; usedRecoveryCode: boolean }
  | { ok: false; reason: 'wrong' | 'limited'; message: string }

/**
 * Checks the answer to the second step of signing in: six digits are a TOTP code, anything else is tried as a recovery
 * code. Wrong answers are counted per account (five per quarter of an hour), so guessing codes is not an option even
 * with the password in hand.
 */
export async function answerChallenge(userId: string, input: string): Promise<ChallengeResult> {
  const key = `user:${userId}`
  const limited = await checkLimit('secondFactor', key)
  if (!limited.ok) return { ok: false, reason: 'limited', message: limited.message }
  const answer = input.trim().replace(/\s/g, '')
  if (/^\d{6}$/.test(answer)) {
    if (await verifyTotp(userId, answer)) return { ok: true, usedRecoveryCode: false }
  } else if (await redeemRecoveryCode(userId, answer)) {
    await audit({ actorId: userId, action: 'mfa.recovery-code-used' })
    return { ok: true, usedRecoveryCode: true }
  }
  await consumeLimit('secondFactor', key)
  return {
    ok: false,
    reason: 'wrong',
    message: 'Deze code klopt niet of is al gebruikt. Neem de nieuwste code uit je app over, of een herstelcode.',
  }
}
