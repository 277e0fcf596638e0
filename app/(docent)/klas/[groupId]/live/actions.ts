'use server'

import { redirect } from 'next/navigation'
import { requireClass } from '@/lib/classes/access.server'
import type { FormResult } from '@/lib/forms/result'
import { startLiveSession } from '@/lib/live/sessions.server'

// A live session of a class: its owners and the admin of its organisation start one.
export async function startClassLiveAction(
  groupId: string,
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const { user, group } = await requireClass(groupId)
  const result = await startLiveSession(user, group, Object.fromEntries(formData))
  if (result.ok && result.sessionId) redirect(`/klas/${group.id}/live/${result.sessionId}`)
  return result
}
