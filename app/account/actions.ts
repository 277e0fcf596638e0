'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { endAllSessions } from '@/lib/accounts/admin.server'
import { eraseAccount } from '@/lib/accounts/erase.server'
import { requireUser } from '@/lib/auth/session.server'
import type { FormResult } from '@/lib/forms/result'

export async function signOutEverywhereAction() {
  const user = await requireUser()
  await endAllSessions(user.id)
  return { ok: true, message: 'Je bent overal uitgelogd.' }
}

export async function eraseAccountAction(formData: FormData): Promise<FormResult> {
  const user = await requireUser('/account')
  const result = await eraseAccount(user.id, Object.fromEntries(formData))
  if (!result.ok) return result
  // The account is gone, so the session is worthless; remove its cookie too.
  const jar = await cookies()
  for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token']) jar.delete(name)
  redirect('/?account=verwijderd')
}
