'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { setUserActive } from '@/lib/accounts/admin.server'
import { changeRole } from '@/lib/accounts/users.server'
import { requirePermission } from '@/lib/auth/session.server'

// Per-user admin actions, as plain form posts: each runs the admin guard, then answers with a redirect to the user's
// page carrying the outcome, so they work the same with and without JavaScript.

function done(userId: string, outcome: string): never {
  revalidatePath('/beheer/gebruikers', 'layout')
  redirect(`/beheer/gebruikers/${encodeURIComponent(userId)}?uitkomst=${outcome}`)
}

export async function changeRoleAction(userId: string, formData: FormData): Promise<void> {
  const admin = await requirePermission('manage:user:any')
  done(userId, await changeRole(admin.id, userId, Object.fromEntries(formData)))
}

export async function setActiveAction(userId: string, formData: FormData): Promise<void> {
  const admin = await requirePermission('manage:user:any')
  const active = formData.get('active')
  // Deactivating signs the person out everywhere: it only runs from the confirmation step, which sends bevestigd=ja.
  if (active === 'false' && formData.get('bevestigd') !== 'ja') {
    redirect(`/beheer/gebruikers/${encodeURIComponent(userId)}?bevestig=uitschakelen`)
  }
  const result = await setUserActive(admin.id, { userId, active })
  if (result.ok) done(userId, active === 'true' ? 'geactiveerd' : 'uitgeschakeld')
  done(userId, userId === admin.id ? 'niet-zelf' : 'ongeldig')
}
