import { totpCode } from '../../lib/auth/mfa/totp'
import { DEMO_TOTP_SECRET } from '../../lib/seed/demo-second-factor'

// The one place tests get second-factor codes: computed from the secret like an authenticator app does (RFC 6238,
// lib/auth/mfa/totp.ts), for the seeded demo accounts or for a secret a test read off the enrolment page.

export { DEMO_TOTP_SECRET }

/** The code an app shows now for the secret; `steps` is a whole number of 30-second periods later. */
export function currentTotp(secret: string = DEMO_TOTP_SECRET, steps = 0): string {
  return totpCode(secret.replace(/\s/g, ''), { steps })
}

/** Milliseconds until the next 30-second period begins, when the app shows a new code. */
export function msUntilNextTotp(now = Date.now()): number {
  return 30_000 - (now % 30_000) + 50
}
