import type { db as getDb } from '@/lib/db/client.server'

type Db = ReturnType<typeof getDb>

/**
 * The demo admin's and coordinator's TOTP secret. Public, like the demo password: only ever for a local demo database.
 * Add it to an authenticator app as a key ("op tijd gebaseerd"), or compute the code with the tests' helper
 * (tests/support/totp.ts). Printed in the README and by `npm run db:seed`.
 */
export const DEMO_TOTP_SECRET = 'DEMODEELWIJSTWEESTAPSVERIFICATIE'

/**
 * Gives demo accounts the fixed second factor, so the demo roles that require one can sign in without enrolling.
 * Only accounts without a second factor are touched: the seed runs at every start, and a demo user who enrolled their
 * own app keeps it. No recovery codes: the secret itself is public.
 */
export async function giveDemoSecondFactor(db: Db, userIds: string[]) {
  await db.user.updateMany({
    where: { id: { in: userIds }, isDemo: true, mfaEnabledAt: null },
    data: { mfaSecret: DEMO_TOTP_SECRET, mfaEnabledAt: new Date(), mfaLastStep: null },
  })
}
