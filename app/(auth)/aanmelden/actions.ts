'use server'

import { type RegistrationResult, registerWithInvitation, registerWithJoinCode } from '@/lib/accounts/register.server'
import { clientIp } from '@/lib/security/client-ip.server'
import { consumeLimit } from '@/lib/security/rate-limit.server'

// Anonymous by design: these actions are how a new account comes to exist. The join code or invitation is the guard;
// Next checks the Origin header of every server action, which keeps them CSRF-safe.
export async function registerWithJoinCodeAction(formData: FormData): Promise<RegistrationResult> {
  const limit = await consumeLimit('registration', await clientIp())
  if (!limit.ok) return { ok: false, message: limit.message }
  return registerWithJoinCode(Object.fromEntries(formData))
}

export async function registerWithInvitationAction(formData: FormData): Promise<RegistrationResult> {
  const limit = await consumeLimit('registration', await clientIp())
  if (!limit.ok) return { ok: false, message: limit.message }
  return registerWithInvitation(Object.fromEntries(formData))
}
