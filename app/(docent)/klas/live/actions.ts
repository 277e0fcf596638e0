'use server'

import { redirect } from 'next/navigation'
import { requirePermission } from '@/lib/auth/session.server'
import type { FormResult } from '@/lib/forms/result'
import { startLiveSession } from '@/lib/live/sessions.server'

// A live session without a class, for a one-off training: the same permission as creating a class.
export async function startOwnLiveAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const user = await requirePermission('manage:group:org', { returnTo: '/klas/live' })
  const result = await startLiveSession(user, null, Object.fromEntries(formData))
  if (result.ok && result.sessionId) redirect(`/klas/live/${result.sessionId}`)
  return result
}
