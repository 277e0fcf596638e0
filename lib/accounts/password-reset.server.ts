import { z } from 'zod'
import { endAllSessions } from '@/lib/accounts/admin.server'
import { accountFields } from '@/lib/accounts/register.server'
import { audit } from '@/lib/audit/log.server'
import { hashPassword } from '@/lib/auth/password.server'
import { db } from '@/lib/db/client.server'
import { appLink } from '@/lib/mail/links.server'
import { passwordResetMail } from '@/lib/mail/messages'
import { sendMail } from '@/lib/mail/send.server'
import { claimMailToken, findMailToken, issueMailToken } from './mail-token.server'
import { RESET_MINUTES } from './reset-token'

// Password reset by e-mail (docs/decisions/022-outgoing-mail.md). The request answers the same for every address, so
// it reveals nobody's account; the link works once, for 30 minutes; using it ends every session of the account. It
// does not sign in: the second factor, when the account has one, is still asked at the next sign-in (ASVS 6.4.3).

export const resetRequestSchema = z.object({ email: z.email().max(254).toLowerCase() })

/**
 * Makes a reset link and mails it, when the address belongs to an active account with a password. Accounts that sign
 * in only through their organisation (OIDC, LTI) have no password to reset. A new link replaces any older one.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db().user.findFirst({
    where: { email: email.toLowerCase(), active: true, passwordHash: { not: null } },
    select: { id: true, name: true, email: true },
  })
  if (!user) return
  const token = await issueMailToken(user.id, 'password_reset', RESET_MINUTES)
  const link = appLink(`/inloggen/nieuw-wachtwoord/${token}`)
  await sendMail({ kind: 'password-reset', to: user.email, ...passwordResetMail(user.name, link, RESET_MINUTES) })
}

/** The account a link is for, while the link still works; null for an unknown, used or expired link. */
export async function openResetToken(token: string) {
  const link = await findMailToken(token, 'password_reset')
  if (link?.status !== 'valid') return null
  return { id: link.id, userId: link.user.id, email: link.user.email }
}

export const resetPasswordSchema = z.object({
  token: z.string().max(100),
  password: accountFields.password,
})

export type ResetResult = { ok: true } | { ok: false; problem: 'link' | 'password'; message: string }

const LINK_PROBLEM = 'Deze link werkt niet meer: hij is al gebruikt, verlopen of bestaat niet. Vraag een nieuwe aan.'

/** Sets the new password with the link, once. Every session of the account ends; the reset is in the audit log. */
export async function resetPassword(input: unknown): Promise<ResetResult> {
  const parsed = resetPasswordSchema.safeParse(input)
  if (!parsed.success) {
    const passwordIssue = parsed.error.issues.find((issue) => issue.path[0] === 'password')
    return passwordIssue
      ? { ok: false, problem: 'password', message: passwordIssue.message }
      : { ok: false, problem: 'link', message: LINK_PROBLEM }
  }
  const open = await openResetToken(parsed.data.token)
  if (!open) return { ok: false, problem: 'link', message: LINK_PROBLEM }
  const passwordHash = await hashPassword(parsed.data.password)
  const done = await db().$transaction(async (tx) => {
    if (!(await claimMailToken(tx, open.id))) return false
    await tx.user.update({ where: { id: open.userId }, data: { passwordHash } })
    // The link came from the mail to the account's address: that mailbox is proved (ADR 034).
    await tx.user.updateMany({
      where: { id: open.userId, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    })
    await tx.passwordResetToken.deleteMany({ where: { userId: open.userId, purpose: 'password_reset', usedAt: null } })
    return true
  })
  if (!done) return { ok: false, problem: 'link', message: LINK_PROBLEM }
  // Whoever knew the old password is signed out: the same mechanism as "Overal uitloggen".
  await endAllSessions(open.userId)
  await audit({ actorId: open.userId, action: 'account.password-reset' })
  return { ok: true }
}
