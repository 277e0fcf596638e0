'use server'

import { redirect } from 'next/navigation'
import { endAllSessions } from '@/lib/accounts/admin.server'
import { sendEmailVerification } from '@/lib/accounts/email-verification.server'
import { eraseAccount } from '@/lib/accounts/erase.server'
import { removeSessionCookie } from '@/lib/auth/issue-session.server'
import { requireUser } from '@/lib/auth/session.server'
import type { FormResult } from '@/lib/forms/result'
import { consumeLimit } from '@/lib/security/rate-limit.server'

// Bound to a confirm form, so it takes the form-action arguments; it needs neither.
export async function signOutEverywhereAction(
  _previous?: FormResult | null,
  _formData?: FormData,
): Promise<FormResult> {
  const user = await requireUser()
  await endAllSessions(user.id)
  await removeSessionCookie()
  redirect('/?uitgelogd=1')
}

export async function eraseAccountAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const user = await requireUser('/account')
  const result = await eraseAccount(user.id, Object.fromEntries(formData))
  if (!result.ok) return result
  // The account is gone, so the session is worthless; remove its cookie too.
  await removeSessionCookie()
  redirect('/?account=verwijderd')
}

/** "Stuur de bevestiging opnieuw": a new confirmation link to the account's own address (plain form post). */
export async function resendVerificationAction() {
  const user = await requireUser('/account')
  // The budget of mails per address that password reset links have (3 an hour), counted separately.
  if (!(await consumeLimit('passwordResetEmail', `verify:${user.id}`)).ok) redirect('/account?bevestiging=te-vaak')
  let outcome: Awaited<ReturnType<typeof sendEmailVerification>> | 'failed'
  try {
    outcome = await sendEmailVerification(user.id)
  } catch (error) {
    console.error('[deelwijs] e-mail confirmation mail failed:', error instanceof Error ? error.message : error)
    outcome = 'failed'
  }
  redirect(`/account?bevestiging=${outcome === 'sent' ? 'verstuurd' : outcome === 'failed' ? 'mislukt' : 'klaar'}`)
}
