'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session.server'
import { joinClass } from '@/lib/classes/join.server'
import type { FormResult } from '@/lib/forms/result'
import { clientIp } from '@/lib/security/client-ip.server'
import { consumeLimit } from '@/lib/security/rate-limit.server'

// Any signed-in person may join a class with its code: the code is the permission. Next checks the Origin of server
// actions, which keeps this CSRF-safe.
export async function joinClassAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const code = String(formData.get('code') ?? '').slice(0, 40)
  const user = await requireUser(`/meedoen/${encodeURIComponent(code)}`)
  if (!code.trim()) return { ok: false, fieldErrors: { code: 'Vul de klascode in.' } }
  // Counted per person and per client address, so neither new accounts nor new addresses give more guesses.
  for (const key of [`user:${user.id}`, `ip:${await clientIp()}`]) {
    const limit = await consumeLimit('joinCode', key)
    if (!limit.ok) return { ok: false, fieldErrors: { code: limit.message } }
  }
  const result = await joinClass(user.id, code)
  if (!result.ok) return { ok: false, fieldErrors: { code: result.message } }
  redirect(`/leren?klas=${result.alreadyMember ? 'al-lid' : 'welkom'}`)
}
