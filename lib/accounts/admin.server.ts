import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { ROLES } from '@/lib/auth/permissions'
import { db } from '@/lib/db/client.server'
import { fieldErrorsOf, hashInvitationToken } from './register.server'

export const INVITATION_DAYS = 14

/** Ends every session of the user: their cookies carry the old version and are refused from now on. */
export async function endAllSessions(userId: string) {
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } })
}

const setActiveSchema = z.object({ userId: z.string().min(1).max(50), active: z.enum(['true', 'false']) })

export async function setUserActive(actorId: string, input: unknown): Promise<{ ok: boolean; message: string }> {
  const parsed = setActiveSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Ongeldig verzoek.' }
  const active = parsed.data.active === 'true'
  if (parsed.data.userId === actorId && !active) {
    return { ok: false, message: 'Je kunt je eigen account niet uitschakelen.' }
  }
  const updated = await db().user.updateMany({
    where: { id: parsed.data.userId },
    // Deactivating also bumps the session version, so the user is signed out everywhere at once.
    data: active ? { active: true } : { active: false, sessionVersion: { increment: 1 } },
  })
  if (updated.count === 0) return { ok: false, message: 'Deze gebruiker bestaat niet (meer).' }
  await audit({ actorId, action: active ? 'user.activate' : 'user.deactivate', detail: { userId: parsed.data.userId } })
  return { ok: true, message: active ? 'Het account is weer actief.' : 'Het account is uitgeschakeld en uitgelogd.' }
}

const invitationSchema = z.object({
  email: z.email('Vul een geldig e-mailadres in.').max(254).toLowerCase(),
  organisationId: z.string().min(1, 'Kies een organisatie.').max(50),
  role: z.enum(ROLES, 'Kies een rol.'),
})

export type InvitationResult =
  | { ok: true; token: string; email: string; organisationId: string; role: (typeof ROLES)[number]; mailed?: boolean }
  | { ok: false; fieldErrors?: Record<string, string>; message?: string }

export async function createInvitation(actorId: string, input: unknown): Promise<InvitationResult> {
  const parsed = invitationSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { email, organisationId, role } = parsed.data
  const [organisation, existing] = await Promise.all([
    db().organisation.findUnique({ where: { id: organisationId }, select: { id: true } }),
    db().user.findUnique({ where: { email }, select: { id: true } }),
  ])
  if (!organisation) return { ok: false, fieldErrors: { organisationId: 'Deze organisatie bestaat niet.' } }
  if (existing) return { ok: false, fieldErrors: { email: 'Er is al een account met dit e-mailadres.' } }

  // The token itself is shown once; only its hash is stored, so a database leak exposes no usable links.
  const token = randomBytes(24).toString('base64url')
  await db().invitation.create({
    data: {
      tokenHash: hashInvitationToken(token),
      email,
      organisationId,
      role,
      createdById: actorId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
    },
  })
  await audit({ actorId, action: 'invitation.create', organisationId, detail: { role } })
  return { ok: true, token, email, organisationId, role }
}
