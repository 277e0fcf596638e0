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
  | ({
      scope: 'klas'
      groupId: string
      title: string
      /** The case of the first assigned dilemma: what the certificate stores as its caseId. */
      caseId: string
      /** Every case the assignments come from, in catalogue order. */
      caseIds: string[]
    } & OptionState)
  | ({ scope: 'casus'; caseId: string; title: string } & OptionState)

/**
 * The titles of the cases a certificate covers, in catalogue order, read from the "case/dilemma" ids stored on it. A
 * case that no longer exists is named by its id.
 */
export function coveredCaseTitles(dilemmaIds: readonly string[]): string[] {
  const ids = new Set(dilemmaIds.map((id) => id.split('/')[0] ?? ''))
  const cases = getCatalog().cases
  const known = cases.filter((c) => ids.has(c.id))
  const unknown = [...ids].filter((id) => id && !cases.some((c) => c.id === id))
  return [...known.map((c) => c.frontmatter.title), ...unknown]
}

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
    // A class may mix cases: one certificate covers them all. With a single case its title names that case.
    const caseIds = cases.filter((c) => assignments.some((a) => a.caseId === c.id)).map((c) => c.id)
    const only = caseIds.length === 1 ? cases.find((c) => c.id === caseIds[0]) : undefined
    options.push({
      scope: 'klas',
      groupId: group.id,
      caseId: assignments[0]?.caseId ?? '',
      caseIds,
      title: only ? `${only.frontmatter.title} — klas ${group.name}` : `Opdrachten van klas ${group.name}`,
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
