'use server'

import { endAllSessions } from '@/lib/accounts/admin.server'
import { requireUser } from '@/lib/auth/session.server'

export async function signOutEverywhereAction() {
  const user = await requireUser()
  await endAllSessions(user.id)
  return { ok: true, message: 'Je bent overal uitgelogd.' }
}
