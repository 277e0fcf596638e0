import { randomInt } from 'node:crypto'
import { z } from 'zod'

// Join codes are read aloud and typed from a projector: no 0/O or 1/I/L, grouped as XXXX-XXXX, case-insensitive.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export function generateJoinCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

/** The stored form of what someone typed: upper case, no spaces, one dash after four characters. */
export function normaliseJoinCode(input: string): string {
  const bare = input.toUpperCase().replace(/[^A-Z0-9]/g, '')
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare
}

/** A typed class code: required, and eight letters or digits once normalised (whether it exists is checked later). */
export const joinCodeSchema = z
  .string()
  .trim()
  .min(1, 'Vul de klascode in.')
  .max(40, 'Deze klascode is te lang. Een klascode heeft acht tekens, zoals ABCD-2345.')
  .transform(normaliseJoinCode)
  .pipe(
    z
      .string()
      .regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/, 'Dit is geen klascode. Een klascode heeft acht tekens, zoals ABCD-2345.'),
  )
