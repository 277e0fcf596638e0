import 'server-only'
import { db, type Prisma } from '@/lib/db/client.server'
import { hashResetToken, isWellFormedResetToken, newMailToken, resetTokenStatus } from './reset-token'

// The one store of single-use mail links (PasswordResetToken), for both purposes: a password reset and confirming an
// e-mail address. The rules of a token itself live in reset-token.ts; this module issues, finds and claims them, so
// the two flows cannot drift apart on what "one link at a time" or "used once" means.

export type MailTokenPurpose = 'password_reset' | 'email_verification'

/** A new link for the account and purpose; any older link of that purpose stops working. Returns the plain token. */
export async function issueMailToken(userId: string, purpose: MailTokenPurpose, minutes: number): Promise<string> {
  const { token, tokenHash, expiresAt } = newMailToken(minutes)
  await db().$transaction([
    db().passwordResetToken.deleteMany({ where: { userId, purpose } }),
    db().passwordResetToken.create({ data: { userId, purpose, tokenHash, expiresAt } }),
  ])
  return token
}

/**
 * The link with its account, when the token is well formed, exists, has this purpose and belongs to an active
 * account; null otherwise. Whether it is still valid is in `status` (mail programs open links to check them, so
 * looking never uses a link).
 */
export async function findMailToken(token: string, purpose: MailTokenPurpose) {
  if (!isWellFormedResetToken(token)) return null
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, active: true, emailVerifiedAt: true } },
    },
  })
  // A link for the other purpose is no key here: a confirmation link lives longer and must not reset a password.
  if (row?.purpose !== purpose || !row.user.active) return null
  return { id: row.id, user: row.user, status: resetTokenStatus(row) }
}

/**
 * Uses the link inside the caller's transaction: true for exactly one caller, also when two race, and only while the
 * link has not expired.
 */
export async function claimMailToken(tx: Prisma.TransactionClient, id: string): Promise<boolean> {
  const claimed = await tx.passwordResetToken.updateMany({
    where: { id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  })
  return claimed.count === 1
}
