'use server'

import { redirect } from 'next/navigation'
import { setMfaForDocents } from '@/lib/accounts/second-factor-admin.server'
import { requirePermission } from '@/lib/auth/session.server'

export async function setMfaForDocentsAction(formData: FormData) {
  const admin = await requirePermission('manage:user:any')
  const result = await setMfaForDocents(admin.id, Object.fromEntries(formData))
  redirect(`/beheer/organisaties?melding=${result.ok ? 'opgeslagen' : 'mislukt'}`)
}
