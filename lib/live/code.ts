import { randomInt } from 'node:crypto'

// The code a room types to join a live session: six characters from the class-code alphabet (no 0/O or 1/I/L), short
// enough to read from the back of the room. Only running sessions hold a code, so six characters leave plenty of room.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const LIVE_CODE_LENGTH = 6

export function generateLiveCode(): string {
  return Array.from({ length: LIVE_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
}

/** What someone typed, as stored: upper case, letters and digits only. */
export function normaliseLiveCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 20)
}
