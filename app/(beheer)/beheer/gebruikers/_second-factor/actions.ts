'use server'

import { redirect } from 'next/navigation'
import { resetUserSecondFactor } from '@/lib/accounts/second-factor-admin.server'
import { requirePermission } from '@/lib/auth/session.server'
import { safeReturnPath } from '@/lib/http/safe-return-path'

// A plain form post (no JavaScript needed); the answer comes back on the page the button was on.
export async function resetSecondFactorAction(formData: FormData) {
  const admin = await requirePermission('manage:user:any')
  const result = await resetUserSecondFactor(admin.id, { userId: formData.get('userId') })
  const back = safeReturnPath(String(formData.get('terug') ?? '')) ?? '/beheer/gebruikers'
  const url = new URL(back, 'http://x')
  url.searchParams.set('tweestaps', result.ok ? 'gereset' : 'mislukt')
  redirect(`${url.pathname}${url.search}`)
}
