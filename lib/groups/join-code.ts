import { randomInt } from 'node:crypto'

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
