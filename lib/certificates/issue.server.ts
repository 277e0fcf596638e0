import { z } from 'zod'
import type { CurrentUser } from '@/lib/auth/session.server'
import { db, Prisma } from '@/lib/db/client.server'
import type { FormResult } from '@/lib/forms/result'
import { generateVerificationCode } from './code'
import { certificateDilemmaIds, certificateOptions, coveredCaseTitles } from './eligibility.server'
import { missingText } from './missing'

// Issuing a certificate: a snapshot of what was achieved. Asking twice for the same thing returns the same certificate;
// when a class's assignments changed since, a new one is made and the old one stays valid for what it says.

const issueSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('klas'), groupId: z.string().min(1).max(64) }),
  z.object({ scope: z.literal('casus'), caseId: z.string().min(1).max(64) }),
])

export type IssueResult = FormResult & { code?: string }

export async function issueCertificate(user: CurrentUser, input: unknown): Promise<IssueResult> {
  const parsed = issueSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Dit certificaat bestaat niet.' }
  const request = parsed.data
  const option = (await certificateOptions(user.id)).find((o) =>
    request.scope === 'klas'
      ? o.scope === 'klas' && o.groupId === request.groupId
      : o.scope === 'casus' && o.caseId === request.caseId,
  )
  if (!option) return { ok: false, message: 'Je zit niet (meer) in deze klas, of er staan geen opdrachten klaar.' }
  if (option.issuedCode)
    return { ok: true, code: option.issuedCode, message: 'Je had dit certificaat al. Je kunt het opnieuw downloaden.' }
  if (!option.complete) return { ok: false, message: `Nog niet behaald: ${missingText(option.missing)}.` }
  const dilemmaIds = certificateDilemmaIds(option.dilemmas)

  const seconds = option.dilemmas.reduce((sum, d) => sum + d.progress.seconds, 0)
  // The moment the last of the dilemmas was behaald: from then on the learner met what the certificate says.
  const completedAt = new Date(Math.max(...option.dilemmas.map((d) => d.progress.behaaldAt?.getTime() ?? 0)))
  for (let attempt = 0; ; attempt++) {
    try {
      const certificate = await db().certificate.create({
        data: {
          code: generateVerificationCode(),
          userId: user.id,
          scope: option.scope,
          groupId: option.scope === 'klas' ? option.groupId : null,
          caseId: option.caseId,
          holderName: user.name,
          moduleTitle: option.title,
          dilemmaIds,
          dilemmaTitles: option.dilemmas.map((d) => d.title),
          minutesSpent: Math.max(1, Math.round(seconds / 60)),
          completedAt,
          criterion: 'behaald',
        },
        select: { code: true },
      })
      return { ok: true, code: certificate.code, message: 'Je certificaat is klaar.' }
    } catch (error) {
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
      if (!collision || attempt >= 4) throw error
    }
  }
}

export type PublicCertificate = {
  code: string
  holderName: string
  moduleTitle: string
  /** The cases the dilemmas come from (one for a case certificate, one or more for a class certificate). */
  caseTitles: string[]
  dilemmaTitles: string[]
  minutesSpent: number
  completedAt: Date
  /** What it certifies: behaald, or (certificates issued before behaald existed) afgerond. */
  criterion: 'afgerond' | 'behaald'
  issuedAt: Date
}

/** Only what is printed on the certificate: for the public verification page and the PDF. */
export async function findCertificate(code: string): Promise<PublicCertificate | null> {
  const found = await db().certificate.findUnique({
    where: { code },
    select: {
      code: true,
      holderName: true,
      moduleTitle: true,
      dilemmaIds: true,
      dilemmaTitles: true,
      minutesSpent: true,
      completedAt: true,
      criterion: true,
      issuedAt: true,
    },
  })
  if (!found) return null
  const { dilemmaIds, ...shown } = found
  return { ...shown, caseTitles: coveredCaseTitles(dilemmaIds) }
}

export async function certificatesOf(userId: string) {
  return db().certificate.findMany({
    where: { userId },
    orderBy: { issuedAt: 'desc' },
    select: { code: true, moduleTitle: true, completedAt: true, criterion: true, issuedAt: true },
  })
}
