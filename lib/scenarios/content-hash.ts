import { createHash } from 'node:crypto'

/**
 * Identifies one version of a scenario file: sha256 of its bytes, first 16 hex digits. Attempts store it, so the
 * server can tell when a dilemma changed under a running attempt; the compile cache is keyed by it.
 */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16)
}
