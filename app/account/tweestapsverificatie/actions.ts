'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { confirmEnrolment } from '@/lib/auth/mfa/enrolment.server'
import { forgetDevices } from '@/lib/auth/mfa/remembered-device.server'
import { markSecondFactorDone } from '@/lib/auth/mfa/session-flag.server'
import { requireSecondFactorStep } from '@/lib/auth/mfa/step-guard.server'
import { requireUser } from '@/lib/auth/session.server'

export type EnrolState = { ok: true; recoveryCodes: string[] } | { ok: false; message: string } | null

const codeSchema = z.object({ code: z.string().trim().max(20) })

// Enrolling is allowed both to a session held at the enrolment step (its role requires a second factor) and to anyone
// fully signed in who wants one; a session that still owes a code goes to answer it first.
export async function confirmEnrolmentAction(_previous: EnrolState, formData: FormData): Promise<EnrolState> {
  const { user } = await requireSecondFactorStep(['enrol', 'none'], '/account/tweestapsverificatie')
  const parsed = codeSchema.safeParse({ code: formData.get('code') ?? '' })
  if (!parsed.success) return { ok: false, message: 'Vul de 6 cijfers uit je app in.' }
  const result = await confirmEnrolment(user.id, parsed.data.code.replace(/\s/g, ''))
  if (result.ok) await markSecondFactorDone()
  return result
}

export async function forgetDevicesAction() {
  const user = await requireUser('/account/tweestapsverificatie')
  await forgetDevices(user.id)
  redirect('/account/tweestapsverificatie?apparaten=vergeten')
}
