'use server'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { answerChallenge } from '@/lib/auth/mfa/challenge.server'
import { rememberDevice } from '@/lib/auth/mfa/remembered-device.server'
import { markSecondFactorDone } from '@/lib/auth/mfa/session-flag.server'
import { requireSecondFactorStep } from '@/lib/auth/mfa/step-guard.server'
import { homeFor } from '@/lib/auth/permissions'
import { safeReturnPath } from '@/lib/http/safe-return-path'

const answerSchema = z.object({
  code: z.string().max(40),
  remember: z.literal('ja').optional(),
  terug: z.string().max(2000).optional(),
})

export async function answerChallengeAction(formData: FormData) {
  const parsed = answerSchema.safeParse({
    code: formData.get('code') ?? '',
    remember: formData.get('onthouden') ?? undefined,
    terug: formData.get('terug') ?? undefined,
  })
  const back = parsed.success ? safeReturnPath(parsed.data.terug) : undefined
  const { user } = await requireSecondFactorStep(['challenge'], back)
  const page = `/inloggen/tweestaps${back ? `?terug=${encodeURIComponent(back)}&` : '?'}`
  if (!parsed.success) redirect(`${page}fout=code`)
  const result = await answerChallenge(user.id, parsed.data.code)
  if (!result.ok) redirect(`${page}fout=${result.reason === 'limited' ? 'te-vaak' : 'code'}`)
  await markSecondFactorDone()
  if (parsed.data.remember) {
    const device = await rememberDevice(user.id)
    ;(await cookies()).set(device.name, device.value, device.options)
  }
  if (result.usedRecoveryCode) redirect('/account/tweestapsverificatie?herstelcode=gebruikt')
  redirect(back ?? homeFor(user.memberships))
}
