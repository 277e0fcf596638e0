import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { resetSecondFactor } from '@/lib/auth/mfa/enrolment.server'
import { db } from '@/lib/db/client.server'

// The admin's controls over second factors: resetting one user's (audited) and whether an organisation's docents need
// one. Admins and coordinators always do (lib/auth/mfa/policy.ts).

const resetSchema = z.object({ userId: z.string().min(1).max(50) })

export async function resetUserSecondFactor(actorId: string, input: unknown) {
  const parsed = resetSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Ongeldig verzoek.' }
  if (parsed.data.userId === actorId) {
    return { ok: false, message: 'Je eigen tweestapsverificatie reset een andere beheerder.' }
  }
  return resetSecondFactor(actorId, parsed.data.userId)
}

const docentsSchema = z.object({ organisationId: z.string().min(1).max(50), on: z.enum(['true', 'false']) })

export async function setMfaForDocents(actorId: string, input: unknown): Promise<{ ok: boolean; message: string }> {
  const parsed = docentsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Ongeldig verzoek.' }
  const on = parsed.data.on === 'true'
  const updated = await db().organisation.updateMany({
    where: { id: parsed.data.organisationId },
    data: { mfaForDocents: on },
  })
  if (updated.count === 0) return { ok: false, message: 'Deze organisatie bestaat niet (meer).' }
  await audit({
    actorId,
    action: 'organisation.mfa-docents',
    organisationId: parsed.data.organisationId,
    detail: { on },
  })
  return {
    ok: true,
    message: on
      ? 'Docenten van deze organisatie stellen tweestapsverificatie in bij hun volgende bezoek.'
      : 'Tweestapsverificatie is voor docenten van deze organisatie niet meer verplicht.',
  }
}
