import { z } from 'zod'
import { audit } from '@/lib/audit/log.server'
import { db } from '@/lib/db/client.server'
import { type FormResult, fieldErrorsOf } from '@/lib/forms/result'

// The registry of learning environments (LTI platforms), kept by admins at /beheer/lti. Every change is audited.

const httpsUrl = z
  .url('Vul een volledige webadres in, beginnend met https://.')
  .max(500)
  .refine(
    (value) => value.startsWith('https://') || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(value),
    'Gebruik een https://-adres.',
  )

export const platformSchema = z.object({
  name: z.string().trim().min(2, 'Geef de leeromgeving een naam.').max(100),
  organisationId: z.string().min(1, 'Kies een organisatie.'),
  issuer: z.string().trim().min(1, 'Vul de issuer (Platform ID) in.').max(500),
  clientId: z.string().trim().min(1, 'Vul de client ID in.').max(255),
  deploymentId: z.string().trim().min(1, 'Vul de deployment ID in.').max(255),
  authLoginUrl: httpsUrl,
  accessTokenUrl: httpsUrl,
  // Empty means: the token URL itself (all but Brightspace).
  accessTokenAudience: z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || null),
  jwksUrl: httpsUrl,
})

export async function listPlatforms() {
  return db().ltiPlatform.findMany({
    orderBy: { createdAt: 'asc' },
    include: { organisation: { select: { name: true } } },
  })
}

export async function registerPlatform(actorId: string, input: unknown): Promise<FormResult> {
  const parsed = platformSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const data = parsed.data
  const organisation = await db().organisation.findUnique({ where: { id: data.organisationId }, select: { id: true } })
  if (!organisation) return { ok: false, fieldErrors: { organisationId: 'Deze organisatie bestaat niet.' } }
  const existing = await db().ltiPlatform.findUnique({
    where: {
      issuer_clientId_deploymentId: { issuer: data.issuer, clientId: data.clientId, deploymentId: data.deploymentId },
    },
    select: { id: true },
  })
  if (existing) return { ok: false, fieldErrors: { deploymentId: 'Deze koppeling is al geregistreerd.' } }
  const platform = await db().ltiPlatform.create({ data })
  await audit({
    actorId,
    action: 'lti-platform.register',
    organisationId: data.organisationId,
    detail: { platformId: platform.id, issuer: data.issuer },
  })
  return { ok: true, message: `${data.name} is geregistreerd.` }
}

export async function removePlatform(actorId: string, input: unknown): Promise<FormResult> {
  const parsed = z.object({ platformId: z.string().min(1).max(64) }).safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Deze leeromgeving bestaat niet.' }
  const platform = await db().ltiPlatform.findUnique({ where: { id: parsed.data.platformId } })
  if (!platform) return { ok: false, message: 'Deze leeromgeving bestaat niet (meer).' }
  // Courses provisioned from the platform stay as classes; their link to the platform, and grade links, go.
  await db().ltiPlatform.delete({ where: { id: platform.id } })
  await audit({
    actorId,
    action: 'lti-platform.remove',
    organisationId: platform.organisationId,
    detail: { platformId: platform.id, issuer: platform.issuer },
  })
  return { ok: true, message: `${platform.name} is verwijderd.` }
}
