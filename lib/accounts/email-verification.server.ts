import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { db } from '@/lib/db/client.server'
import { appLink } from '@/lib/mail/links.server'
import { emailVerificationMail } from '@/lib/mail/messages'
import { sendMail } from '@/lib/mail/send.server'
import { isPlaceholderEmail } from '@/lib/sso/provision.server'
import { claimMailToken, findMailToken, issueMailToken } from './mail-token.server'
import { VERIFY_HOURS } from './reset-token'

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
  const token = await issueMailToken(userId, 'email_verification', VERIFY_HOURS * 60)
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
  const link = await findMailToken(token, 'email_verification')
  if (!link) return { state: 'invalid' }
  if (link.status === 'used' && link.user.emailVerifiedAt) return { state: 'done' }
  if (link.status !== 'valid') return { state: 'invalid' }
  return { state: 'open', email: link.user.email }
}

export const confirmEmailSchema = z.object({ token: z.string().max(100) })

/** Uses the link, once: the account's address counts as confirmed from now on. Audited. */
export async function confirmEmail(input: unknown): Promise<{ ok: boolean }> {
  const parsed = confirmEmailSchema.safeParse(input)
  if (!parsed.success) return { ok: false }
  const link = await findMailToken(parsed.data.token, 'email_verification')
  if (!link) return { ok: false }
  const confirmed = await db().$transaction(async (tx) => {
    if (!(await claimMailToken(tx, link.id))) return false
    await tx.user.updateMany({
      where: { id: link.user.id, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    })
    return true
  })
  if (!confirmed) return { ok: false }
  await audit({ actorId: link.user.id, action: 'account.email-verified' })
  return { ok: true }
}
