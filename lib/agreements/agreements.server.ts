import { audit } from '@/lib/audit/log.server'
import { db, Prisma } from '@/lib/db/client.server'
import { fieldErrorsOf } from '@/lib/forms/result'
import { type AgreementContent, agreementContentSchema, newAgreementSchema } from './schema'
import { describeTarget } from './targets.server'

// Lokale afspraken of one organisation, for its coordinators. Every change (create, edit, withdraw) writes a new
// version row and an audit line; nothing is updated in place except the withdrawal moment. Every read and write is
// scoped to the organisation, so an afspraak of another organisation is simply not found.

export type AgreementVersionView = {
  number: number
  change: 'created' | 'edited' | 'withdrawn'
  text: string
  link: string | null
  contact: string | null
  authorName: string | null
  createdAt: Date
}

export type AgreementView = {
  id: string
  caseId: string
  dilemmaId: string
  sceneId: string | null
  withdrawnAt: Date | null
  current: AgreementVersionView
}

export type SaveResult =
  | { ok: true; agreementId: string; version: number }
  | { ok: false; message?: string; fieldErrors?: Record<string, string> }

const versionSelect = {
  number: true,
  change: true,
  text: true,
  link: true,
  contact: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.LocalAgreementVersionSelect

type VersionRow = Prisma.LocalAgreementVersionGetPayload<{ select: typeof versionSelect }>

function versionView(row: VersionRow): AgreementVersionView {
  const { author, ...rest } = row
  return { ...rest, authorName: author?.name ?? null }
}

/** The organisation's afspraken with their current version, newest change first. */
export async function listAgreements(organisationId: string): Promise<AgreementView[]> {
  const rows = await db().localAgreement.findMany({
    where: { organisationId },
    select: {
      id: true,
      caseId: true,
      dilemmaId: true,
      sceneId: true,
      withdrawnAt: true,
      versions: { select: versionSelect, orderBy: { number: 'desc' }, take: 1 },
    },
  })
  return rows
    .flatMap(({ versions, ...agreement }) => (versions[0] ? [{ ...agreement, current: versionView(versions[0]) }] : []))
    .sort((a, b) => b.current.createdAt.getTime() - a.current.createdAt.getTime())
}

/** One afspraak of the organisation with its whole history (newest first), or null (also for another organisation's). */
export async function getAgreement(
  organisationId: string,
  agreementId: string,
): Promise<(AgreementView & { versions: AgreementVersionView[] }) | null> {
  const row = await db().localAgreement.findFirst({
    where: { id: agreementId, organisationId },
    select: {
      id: true,
      caseId: true,
      dilemmaId: true,
      sceneId: true,
      withdrawnAt: true,
      versions: { select: versionSelect, orderBy: { number: 'desc' } },
    },
  })
  if (!row?.versions[0]) return null
  const versions = row.versions.map(versionView)
  const { versions: _rows, ...agreement } = row
  return { ...agreement, current: versions[0] as AgreementVersionView, versions }
}

export async function createAgreement(actorId: string, organisationId: string, input: unknown): Promise<SaveResult> {
  const parsed = newAgreementSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  const { doel: target, ...content } = parsed.data
  if (!describeTarget(target)) {
    return { ok: false, fieldErrors: { doel: 'Dit dilemma of beslismoment bestaat niet (meer).' } }
  }
  const created = await db().localAgreement.create({
    data: {
      organisationId,
      ...target,
      versions: { create: { number: 1, change: 'created', authorId: actorId, ...columns(content) } },
    },
    select: { id: true },
  })
  await audit({
    actorId,
    organisationId,
    action: 'agreement.create',
    detail: { agreementId: created.id, version: 1, ...target },
  })
  return { ok: true, agreementId: created.id, version: 1 }
}

export async function editAgreement(
  actorId: string,
  organisationId: string,
  agreementId: string,
  input: unknown,
): Promise<SaveResult | null> {
  const parsed = agreementContentSchema.safeParse(input)
  const existing = await getAgreement(organisationId, agreementId)
  if (!existing) return null
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) }
  if (existing.withdrawnAt) return { ok: false, message: 'Deze afspraak is ingetrokken en kan niet meer veranderen.' }
  const next = columns(parsed.data)
  const { current } = existing
  if (next.text === current.text && next.link === current.link && next.contact === current.contact) {
    return { ok: false, message: 'Er is niets veranderd: pas de tekst, de link of het contact aan.' }
  }
  const version = await addVersion(agreementId, current.number + 1, { change: 'edited', authorId: actorId, ...next })
  if (version === null) return { ok: false, message: concurrentChange }
  await audit({
    actorId,
    organisationId,
    action: 'agreement.edit',
    detail: { agreementId, version, ...targetOf(existing), changed: changedFields(current, next) },
  })
  return { ok: true, agreementId, version }
}

/** Withdraws the afspraak: learners no longer see it; the withdrawal is a version of its own. Null: not found. */
export async function withdrawAgreement(
  actorId: string,
  organisationId: string,
  agreementId: string,
): Promise<{ ok: boolean; message: string } | null> {
  const existing = await getAgreement(organisationId, agreementId)
  if (!existing) return null
  if (existing.withdrawnAt) return { ok: true, message: 'Deze afspraak was al ingetrokken.' }
  const { current } = existing
  const version = await addVersion(
    agreementId,
    current.number + 1,
    { change: 'withdrawn', authorId: actorId, text: current.text, link: current.link, contact: current.contact },
    true,
  )
  if (version === null) return { ok: false, message: concurrentChange }
  await audit({
    actorId,
    organisationId,
    action: 'agreement.withdraw',
    detail: { agreementId, version, ...targetOf(existing) },
  })
  return { ok: true, message: 'De afspraak is ingetrokken. Deelnemers zien hem niet meer.' }
}

const concurrentChange = 'Iemand anders veranderde deze afspraak net. Laad de pagina opnieuw en probeer het nog eens.'

/**
 * Writes version `number`; null when another change took that number first (the unique key on agreement and number
 * decides), so two coordinators saving at once never silently overwrite each other.
 */
async function addVersion(
  agreementId: string,
  number: number,
  data: Omit<Prisma.LocalAgreementVersionUncheckedCreateInput, 'agreementId' | 'number'>,
  withdraw = false,
): Promise<number | null> {
  try {
    await db().$transaction([
      db().localAgreementVersion.create({ data: { ...data, agreementId, number } }),
      ...(withdraw
        ? [db().localAgreement.update({ where: { id: agreementId }, data: { withdrawnAt: new Date() } })]
        : []),
    ])
    return number
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return null
    throw error
  }
}

function columns(content: AgreementContent) {
  return { text: content.tekst, link: content.link ?? null, contact: content.contact ?? null }
}

function targetOf(agreement: AgreementView) {
  return { caseId: agreement.caseId, dilemmaId: agreement.dilemmaId, sceneId: agreement.sceneId }
}

/** Which fields an edit changed, for the audit line (names only: the text itself stays out of the log). */
function changedFields(before: AgreementVersionView, after: ReturnType<typeof columns>): string[] {
  return (['text', 'link', 'contact'] as const).filter((field) => before[field] !== after[field])
}
