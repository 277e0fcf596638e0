'use server'

import { redirect } from 'next/navigation'
import { getCurrentUser } from '@/lib/auth/session.server'
import type { FormResult } from '@/lib/forms/result'
import { joinLiveSession } from '@/lib/live/join.server'
import { clientIp } from '@/lib/security/client-ip.server'
import { consumeLimit } from '@/lib/security/rate-limit.server'

// Anyone with the code of a running session may take part, without an account: the code is the permission, so tries
// count against the join-code limit (per address, and per person when signed in). Next checks the Origin.
export async function joinLiveAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const code = String(formData.get('code') ?? '').slice(0, 40)
  if (!code.trim()) return { ok: false, fieldErrors: { code: 'Vul de code van het scherm in.' } }
  const user = await getCurrentUser()
  const keys = [`ip:${await clientIp()}`, ...(user ? [`user:${user.id}`] : [])]
  for (const key of keys) {
    const limit = await consumeLimit('joinCode', key)
    if (!limit.ok) return { ok: false, fieldErrors: { code: limit.message } }
  }
  const result = await joinLiveSession(code)
  if (!result.ok) return { ok: false, fieldErrors: { code: result.message } }
  redirect(`/live/${result.sessionId}`)
}
