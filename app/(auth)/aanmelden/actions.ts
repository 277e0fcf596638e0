'use server'

import { redirect } from 'next/navigation'
import { after } from 'next/server'
import { sendEmailVerification } from '@/lib/accounts/email-verification.server'
import { type RegistrationResult, registerWithInvitation, registerWithJoinCode } from '@/lib/accounts/register.server'
import { startSession } from '@/lib/auth/issue-session.server'
import { db } from '@/lib/db/client.server'
import { clientIp } from '@/lib/security/client-ip.server'
import { consumeLimit } from '@/lib/security/rate-limit.server'

// Anonymous by design: these actions are how a new account comes to exist. The join code or invitation is the guard;
// Next checks the Origin header of every server action, which keeps them CSRF-safe.
export async function registerWithJoinCodeAction(
  _previous: RegistrationResult | null,
  formData: FormData,
): Promise<RegistrationResult> {
  const limit = await consumeLimit('registration', await clientIp())
  if (!limit.ok) return { ok: false, message: limit.message }
  // Anyone can type any address here: the account's address counts as confirmed only once its link is used.
  return signedIn(await registerWithJoinCode(Object.fromEntries(formData)), { confirmEmail: true })
}

export async function registerWithInvitationAction(
  _previous: RegistrationResult | null,
  formData: FormData,
): Promise<RegistrationResult> {
  const limit = await consumeLimit('registration', await clientIp())
  if (!limit.ok) return { ok: false, message: limit.message }
  // The invitation was sent to this address: it is confirmed already (lib/accounts/register.server.ts).
  return signedIn(await registerWithInvitation(Object.fromEntries(formData)), { confirmEmail: false })
}

/** A new account is signed in straight away, with the same session a password sign-in gets, and sent home. */
async function signedIn(
  result: RegistrationResult,
  { confirmEmail }: { confirmEmail: boolean },
): Promise<RegistrationResult> {
  if (!result.ok) return result
  const user = await db().user.findUniqueOrThrow({
    where: { email: result.email },
    select: { id: true, sessionVersion: true },
  })
  if (confirmEmail) {
    // After the response: a slow or failing mail server never holds up or fails the registration; the person can ask
    // for the mail again on their account page.
    after(() =>
      sendEmailVerification(user.id).catch((error: unknown) => {
        console.error('[deelwijs] e-mail confirmation mail failed:', error instanceof Error ? error.message : error)
      }),
    )
  }
  await startSession(user)
  // The sign-in page sends a signed-in visitor on to the home of their role.
  redirect('/inloggen')
}
