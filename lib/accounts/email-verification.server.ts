import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { db } from '@/lib/db/client.server'
import { appLink } from '@/lib/mail/links.server'
import { emailVerificationMail } from '@/lib/mail/messages'
import { sendMail } from '@/lib/mail/send.server'
import { isPlaceholderEmail } from '@/lib/sso/provision.server'
import { hashResetToken, isWellFormedResetToken, newMailToken, resetTokenStatus, VERIFY_HOURS } from './reset-token'

// Confirming that a person reads mail at their account's address ("Bevestig je e-mailadres"). Someone who registers
// with a class code types any address; until it is confirmed, single sign-on will not join that account by e-mail
// (lib/sso/provision.server.ts, docs/decisions/034-sso-account-linking-and-entra-tenants.md). The link follows the
// password reset's rules (lib/accounts/reset-token.ts) in the same table, with purpose email_verification.

export type VerificationMailOutcome = 'sent' | 'already-verified' | 'no-mailbox'

/**
 * Mails a new confirmation link to the account's address (an older link stops working), unless the address is
 * confirmed already or is a placeholder that receives no mail. Throws when the mail server fails.
 */
export async function sendEmailVerification(userId: string): Promise<VerificationMailOutcome> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, active: true, emailVerifiedAt: true },
  })
  if (!user?.active || isPlaceholderEmail(user.email)) return 'no-mailbox'
  if (user.emailVerifiedAt) return 'already-verified'
  const { token, tokenHash, expiresAt } = newMailToken(VERIFY_HOURS * 60)
  await db().$transaction([
    db().passwordResetToken.deleteMany({ where: { userId, purpose: 'email_verification' } }),
    db().passwordResetToken.create({ data: { userId, purpose: 'email_verification', tokenHash, expiresAt } }),
  ])
  const link = appLink(`/aanmelden/bevestigen/${token}`)
  await sendMail({
    kind: 'email-verification',
    to: user.email,
    ...emailVerificationMail(user.name, link, VERIFY_HOURS),
  })
  return 'sent'
}

export type VerificationLink = { state: 'open'; email: string } | { state: 'done' } | { state: 'invalid' }

/**
 * What a confirmation link is, without using it (mail programs open links to check them before the person clicks):
 * open (show the button), done (this link confirmed the address already), or invalid (unknown, expired, replaced).
 */
export async function verificationLink(token: string): Promise<VerificationLink> {
  if (!isWellFormedResetToken(token)) return { state: 'invalid' }
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, active: true, emailVerifiedAt: true } },
    },
  })
  if (row?.purpose !== 'email_verification' || !row.user.active) return { state: 'invalid' }
  const status = resetTokenStatus(row)
  if (status === 'used' && row.user.emailVerifiedAt) return { state: 'done' }
  if (status !== 'valid') return { state: 'invalid' }
  return { state: 'open', email: row.user.email }
}

export const confirmEmailSchema = z.object({ token: z.string().max(100) })

/** Uses the link, once: the account's address counts as confirmed from now on. Audited. */
export async function confirmEmail(input: unknown): Promise<{ ok: boolean }> {
  const parsed = confirmEmailSchema.safeParse(input)
  if (!parsed.success || !isWellFormedResetToken(parsed.data.token)) return { ok: false }
  const tokenHash = hashResetToken(parsed.data.token)
  const userId = await db().$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash },
      select: { id: true, purpose: true, userId: true, user: { select: { active: true } } },
    })
    if (row?.purpose !== 'email_verification' || !row.user.active) return null
    // Claiming the token inside the transaction makes a second use of the same link fail, also when two race.
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    })
    if (claimed.count !== 1) return null
    await tx.user.updateMany({
      where: { id: row.userId, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    })
    return row.userId
  })
  if (!userId) return { ok: false }
  await audit({ actorId: userId, action: 'account.email-verified' })
  return { ok: true }
}
