import { classAssignments } from '@/lib/classes/assignments.server'
import { db } from '@/lib/db/client.server'
import { type Standing, standingOf, standings } from '@/lib/progress/standing.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

// What a learner can get a certificate for: all assigned dilemmas of a class they are in, or a whole case. A
// certificate is issued only when every one of them is behaald (the read model, lib/progress/standing.server.ts).

export type CertificateDilemma = { caseId: string; dilemmaId: string; title: string; progress: Standing }

type OptionState = {
  dilemmas: CertificateDilemma[]
  /** Every dilemma behaald: a certificate can be made. */
  complete: boolean
  /** The dilemmas that are not behaald yet, each with why (not started, in progress, finished below the bar). */
  missing: CertificateDilemma[]
  /** The code of the certificate already issued for exactly these dilemmas, if any. */
  issuedCode: string | null
}

export type CertificateOption =
  | ({ scope: 'klas'; groupId: string; title: string; caseId: string } & OptionState)
  | ({ scope: 'casus'; caseId: string; title: string } & OptionState)

/** The dilemma ids a certificate lists, as stored on it. */
export function certificateDilemmaIds(dilemmas: readonly { caseId: string; dilemmaId: string }[]) {
  return dilemmas.map((d) => `${d.caseId}/${d.dilemmaId}`)
}

export async function certificateOptions(userId: string): Promise<CertificateOption[]> {
  const memberships = await db().groupMember.findMany({
    where: { userId, group: { kind: 'klas', archivedAt: null } },
    select: { group: { select: { id: true, name: true } } },
  })
  const classes = await Promise.all(
    memberships.map(async ({ group }) => ({
      group,
      // Assignments whose dilemma no longer exists cannot be done, so they do not count.
      assignments: (await classAssignments(group.id)).filter((a) => a.title !== undefined),
    })),
  )
  const cases = getCatalog().cases
  const keys = [
    ...classes.flatMap((c) => c.assignments),
    ...cases.flatMap((c) => c.dilemmas.map((d) => ({ caseId: c.id, dilemmaId: d.id }))),
  ]
  const [progress, issued] = await Promise.all([
    standings([userId], keys),
    db().certificate.findMany({
      where: { userId, criterion: 'behaald' },
      select: { code: true, scope: true, groupId: true, caseId: true, dilemmaIds: true },
    }),
  ])
  const dilemma = (caseId: string, dilemmaId: string, title: string): CertificateDilemma => ({
    caseId,
    dilemmaId,
    title,
    progress: standingOf(progress, userId, { caseId, dilemmaId }),
  })
  const state = (scope: 'klas' | 'casus', groupId: string | null, dilemmas: CertificateDilemma[]): OptionState => {
    const ids = certificateDilemmaIds(dilemmas).join('\n')
    const existing = issued.find(
      (c) =>
        c.scope === scope &&
        c.groupId === groupId &&
        c.caseId === dilemmas[0]?.caseId &&
        c.dilemmaIds.join('\n') === ids,
    )
    const missing = dilemmas.filter((d) => !d.progress.behaald)
    return {
      dilemmas,
      missing,
      complete: dilemmas.length > 0 && missing.length === 0,
      issuedCode: existing?.code ?? null,
    }
  }

  const options: CertificateOption[] = []
  for (const { group, assignments } of classes) {
    if (assignments.length === 0) continue
    const dilemmas = assignments.map((a) => dilemma(a.caseId, a.dilemmaId, a.title ?? a.dilemmaId))
    const caseTitle = cases.find((c) => c.id === assignments[0]?.caseId)?.frontmatter.title ?? ''
    options.push({
      scope: 'klas',
      groupId: group.id,
      caseId: assignments[0]?.caseId ?? '',
      title: `${caseTitle} — klas ${group.name}`,
      ...state('klas', group.id, dilemmas),
    })
  }
  for (const c of cases) {
    const dilemmas = c.dilemmas.map((d) => dilemma(c.id, d.id, d.frontmatter.title))
    options.push({
      scope: 'casus',
      caseId: c.id,
      title: `${c.frontmatter.title} — hele casus`,
      ...state('casus', null, dilemmas),
    })
  }
  return options
}
