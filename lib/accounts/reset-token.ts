import { createHash, randomBytes } from 'node:crypto'

// The rules of a single-use mail link (a password reset, or confirming an e-mail address), apart from the database so
// they are tested on their own: 192 random bits, only the SHA-256 stored (a database leak gives no usable links; the
// token is too long to guess, so a fast hash suffices), valid once and for a limited time: 30 minutes for a password
// reset, 48 hours to confirm an address (people read that mail later, and the link grants no sign-in).

export const RESET_MINUTES = 30
export const VERIFY_HOURS = 48

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function newMailToken(minutes: number, now = new Date()) {
  const token = randomBytes(24).toString('base64url')
  return { token, tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + minutes * 60_000) }
}

export function newResetToken(now = new Date()) {
  return newMailToken(RESET_MINUTES, now)
}

export type ResetTokenStatus = 'valid' | 'expired' | 'used'

export function resetTokenStatus(row: { expiresAt: Date; usedAt: Date | null }, now = new Date()): ResetTokenStatus {
  if (row.usedAt) return 'used'
  return row.expiresAt.getTime() > now.getTime() ? 'valid' : 'expired'
}

/** A token as it arrives in a link: base64url of 24 bytes. Anything else is not looked up at all. */
export function isWellFormedResetToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{32}$/.test(value)
}
