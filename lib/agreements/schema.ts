import { z } from 'zod'

// What a coordinator may write in an afspraak, checked at the form boundary with messages in Dutch. The text is B1
// plain text, kept short enough to read next to the feedback; links are plain https URLs (see linkify.ts).

export const AGREEMENT_TEXT_MAX = 1000
export const AGREEMENT_LINK_MAX = 500
export const AGREEMENT_CONTACT_MAX = 200

/** Where an afspraak belongs: a dilemma, or one decision point (scene) of it. */
export type AgreementTarget = { caseId: string; dilemmaId: string; sceneId: string | null }

const ID = /^[a-z0-9-]{1,80}$/

/** "case/dilemma" or "case/dilemma/scene", as in the form's select and in links from a knelpunt. */
export function parseTargetKey(key: string): AgreementTarget | null {
  const parts = key.split('/')
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => ID.test(p))) return null
  const [caseId = '', dilemmaId = '', sceneId] = parts
  return { caseId, dilemmaId, sceneId: sceneId ?? null }
}

export function targetKey(target: AgreementTarget): string {
  return [target.caseId, target.dilemmaId, target.sceneId].filter(Boolean).join('/')
}

/** Empty form fields mean "none". */
const optional = (schema: z.ZodString) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional())

export const agreementContentSchema = z.object({
  tekst: z
    .string({ error: 'Schrijf de afspraak.' })
    .trim()
    .min(1, 'Schrijf de afspraak.')
    .max(AGREEMENT_TEXT_MAX, `De afspraak is te lang: schrijf hem in hoogstens ${AGREEMENT_TEXT_MAX} tekens.`),
  link: optional(
    z
      .string()
      .trim()
      .max(AGREEMENT_LINK_MAX, `De link is te lang: hoogstens ${AGREEMENT_LINK_MAX} tekens.`)
      .refine(
        isHttpsUrl,
        'Een link begint met https:// en is een volledig webadres, bijvoorbeeld https://demodorp.nl.',
      ),
  ),
  contact: optional(
    z.string().trim().max(AGREEMENT_CONTACT_MAX, `Het contact is te lang: hoogstens ${AGREEMENT_CONTACT_MAX} tekens.`),
  ),
})

export const newAgreementSchema = agreementContentSchema.extend({
  doel: z
    .string({ error: 'Kies het dilemma of beslismoment.' })
    .min(1, 'Kies het dilemma of beslismoment.')
    .transform((key, ctx) => {
      const target = parseTargetKey(key)
      if (!target) {
        ctx.addIssue({ code: 'custom', message: 'Kies het dilemma of beslismoment.' })
        return z.NEVER
      }
      return target
    }),
})

export type AgreementContent = z.infer<typeof agreementContentSchema>

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname.length > 0 && !/\s/.test(value)
  } catch {
    return false
  }
}
