import { randomInt } from 'node:crypto'

// Verification codes as printed on a certificate: DW-XXXX-XXXX from an alphabet without look-alikes, so they can be
// typed from paper. 31⁸ ≈ 8.5 × 10¹¹ codes: guessing one that exists is impractical.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export function generateVerificationCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return `DW-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

/** What someone typed or pasted → the stored form, or null when it cannot be a code. */
export function normaliseVerificationCode(input: string): string | null {
  const bare = input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^DW/, '')
  if (bare.length !== 8 || [...bare].some((c) => !ALPHABET.includes(c))) return null
  return `DW-${bare.slice(0, 4)}-${bare.slice(4)}`
}
