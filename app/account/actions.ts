'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { endAllSessions } from '@/lib/accounts/admin.server'
import { eraseAccount } from '@/lib/accounts/erase.server'
import { requireUser } from '@/lib/auth/session.server'
import { SESSION_COOKIES } from '@/lib/auth/session-lifetime'
import type { FormResult } from '@/lib/forms/result'

// Bound to a confirm form, so it takes the form-action arguments; it needs neither.
export async function signOutEverywhereAction(
  _previous?: FormResult | null,
  _formData?: FormData,
): Promise<FormResult> {
  const user = await requireUser()
  await endAllSessions(user.id)
  const jar = await cookies()
  for (const name of SESSION_COOKIES) jar.delete(name)
  redirect('/?uitgelogd=1')
}

export async function eraseAccountAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const user = await requireUser('/account')
  const result = await eraseAccount(user.id, Object.fromEntries(formData))
  if (!result.ok) return result
  // The account is gone, so the session is worthless; remove its cookie too.
  const jar = await cookies()
  for (const name of SESSION_COOKIES) jar.delete(name)
  redirect('/?account=verwijderd')
}
