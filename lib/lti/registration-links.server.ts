import { createHash, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { db } from '@/lib/db/client.server'
import { fieldErrorsOf } from '@/lib/forms/result'

// Registration links (ADR 038): the only way an LMS can register Deelwijs by itself. An admin makes one for an
// organisation at /beheer/lti; it holds a secret (only its hash is stored), works once and for VALID_HOURS. The LMS
// admin pastes it into the LMS, which opens it with its OpenID configuration (lib/lti/dynamic-registration.server.ts).

export const VALID_HOURS = 24

export function hashLinkToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

const linkSchema = z.object({
  organisationId: z.string().min(1, 'Kies een organisatie.').max(64),
  name: z
    .string()
    .trim()
    .max(100, 'Gebruik hoogstens 100 tekens.')
    .optional()
    .transform((v) => v || null),
})

export type LinkResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; message?: string; fieldErrors?: Record<string, string> }

export async function createRegistrationLink(actorId: string, input: unknown, now = new Date()): Promise<LinkResult> {
  const parsed = linkSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { organisationId, name } = parsed.data
  const organisation = await db().organisation.findUnique({ where: { id: organisationId }, select: { id: true } })
  if (!organisation) return { ok: false, fieldErrors: { organisationId: 'Deze organisatie bestaat niet.' } }
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + VALID_HOURS * 3600_000)
  const link = await db().ltiRegistrationLink.create({
    data: { tokenHash: hashLinkToken(token), organisationId, name, expiresAt },
  })
  await audit({ actorId, action: 'lti-registration-link.create', organisationId, detail: { linkId: link.id } })
  return { ok: true, token, expiresAt }
}

/** Links not used yet and not expired, for the admin page (without their secret, which is never stored). */
export async function openRegistrationLinks(now = new Date()) {
  return db().ltiRegistrationLink.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, expiresAt: true, organisation: { select: { name: true } } },
  })
}

export type ClaimError = 'unknown-link' | 'link-expired' | 'link-used'

/**
 * Takes the link for one registration: set used at once (in one statement), so a second request with the same link,
 * at the same time or later, is refused. A registration that then fails gives the link back (releaseLink).
 */
export async function claimLink(
  token: string,
  now = new Date(),
): Promise<{ error: ClaimError } | { link: { id: string; organisationId: string; name: string | null } }> {
  const tokenHash = hashLinkToken(token)
  const claimed = await db().ltiRegistrationLink.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  })
  const link = await db().ltiRegistrationLink.findUnique({ where: { tokenHash } })
  if (!link) return { error: 'unknown-link' }
  if (claimed.count === 0) return { error: link.expiresAt <= now ? 'link-expired' : 'link-used' }
  return { link: { id: link.id, organisationId: link.organisationId, name: link.name } }
}

export async function releaseLink(id: string) {
  await db().ltiRegistrationLink.updateMany({ where: { id, platformId: null }, data: { usedAt: null } })
}

export async function revokeRegistrationLink(actorId: string, input: unknown) {
  const parsed = z.object({ linkId: z.string().min(1).max(64) }).safeParse(input)
  if (!parsed.success) return { ok: false as const, message: 'Deze registratielink bestaat niet.' }
  const link = await db().ltiRegistrationLink.findUnique({ where: { id: parsed.data.linkId } })
  if (!link) return { ok: false as const, message: 'Deze registratielink bestaat niet (meer).' }
  await db().ltiRegistrationLink.delete({ where: { id: link.id } })
  await audit({
    actorId,
    action: 'lti-registration-link.revoke',
    organisationId: link.organisationId,
    detail: { linkId: link.id },
  })
  return { ok: true as const, message: 'De registratielink is ingetrokken.' }
}
