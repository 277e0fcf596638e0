'use server'

import { redirect } from 'next/navigation'
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
  return signedIn(await registerWithJoinCode(Object.fromEntries(formData)))
}

export async function registerWithInvitationAction(
  _previous: RegistrationResult | null,
  formData: FormData,
): Promise<RegistrationResult> {
  const limit = await consumeLimit('registration', await clientIp())
  if (!limit.ok) return { ok: false, message: limit.message }
  return signedIn(await registerWithInvitation(Object.fromEntries(formData)))
}

/** A new account is signed in straight away, with the same session a password sign-in gets, and sent home. */
async function signedIn(result: RegistrationResult): Promise<RegistrationResult> {
  if (!result.ok) return result
  const user = await db().user.findUniqueOrThrow({
    where: { email: result.email },
    select: { id: true, sessionVersion: true },
  })
  await startSession(user)
  // The sign-in page sends a signed-in visitor on to the home of their role.
  redirect('/inloggen')
}
