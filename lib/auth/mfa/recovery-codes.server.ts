import { randomInt } from 'node:crypto'
import { hashPassword, verifyPassword } from '@/lib/auth/password.server'
import { db } from '@/lib/db/client.server'

// Ten single-use recovery codes, for when the phone with the authenticator app is lost. Each has 50 random bits: less
// than the 112 that would allow a plain hash, so they are stored with argon2id and its own salt (ASVS 6.5.2).

export const RECOVERY_CODE_COUNT = 10
// No 0/O, 1/I/L: codes are read from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

function newCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
}

/** Upper case without spaces or dashes: how a code is compared, however it was typed. */
export function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '')
}

/** Replaces the user's codes with ten new ones and returns them: the only moment they exist in readable form. */
export async function replaceRecoveryCodes(userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode)
  const hashes = await Promise.all(codes.map((code) => hashPassword(normaliseRecoveryCode(code))))
  await db().$transaction([
    db().mfaRecoveryCode.deleteMany({ where: { userId } }),
    db().mfaRecoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) }),
  ])
  return codes
}

/** Uses up one unused code that matches; false when none does. A code works once, also under concurrent tries. */
export async function redeemRecoveryCode(userId: string, input: string): Promise<boolean> {
  const code = normaliseRecoveryCode(input)
  if (!/^[A-Z0-9]{10}$/.test(code)) return false
  const unused = await db().mfaRecoveryCode.findMany({
    where: { userId, usedAt: null },
    select: { id: true, codeHash: true },
  })
  for (const candidate of unused) {
    if (!(await verifyPassword(candidate.codeHash, code))) continue
    const claimed = await db().mfaRecoveryCode.updateMany({
      where: { id: candidate.id, usedAt: null },
      data: { usedAt: new Date() },
    })
    return claimed.count === 1
  }
  return false
}

export async function recoveryCodesLeft(userId: string): Promise<number> {
  return db().mfaRecoveryCode.count({ where: { userId, usedAt: null } })
}
