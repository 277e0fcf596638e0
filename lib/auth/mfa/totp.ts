import * as OTPAuth from 'otpauth'

// TOTP (RFC 6238) with the parameters every authenticator app supports: SHA-1, 6 digits, 30-second steps. Pure, so
// the seed, the tests and the app compute codes the same way. Replay protection lives in totp.server.ts.

export const TOTP_ISSUER = 'Deelwijs'
const PERIOD = 30
/** One step either side of now, for a phone clock that is a little off and for typing time. */
const WINDOW = 1

function totp(secret: string, label = 'Deelwijs') {
  return new OTPAuth.TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secret),
  })
}

/** A new secret: 160 random bits (the size RFC 4226 recommends) from the platform's CSPRNG, in base32. */
export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32
}

/** The otpauth:// link an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, accountName: string): string {
  return totp(secret, accountName).toString()
}

/** The code for a moment (default now), as an app shows it; `steps` shifts it by whole periods. */
export function totpCode(secret: string, { at = Date.now(), steps = 0 }: { at?: number; steps?: number } = {}) {
  return totp(secret).generate({ timestamp: at + steps * PERIOD * 1000 })
}

/** The time step a code belongs to when it is valid near `at`, or null. */
export function totpStep(secret: string, code: string, at = Date.now()): number | null {
  const generator = totp(secret)
  const delta = generator.validate({ token: code, timestamp: at, window: WINDOW })
  return delta === null ? null : generator.counter({ timestamp: at }) + delta
}

/** Groups a base32 secret in fours, so it can be read out and typed without losing one's place. */
export function formatSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim()
}
