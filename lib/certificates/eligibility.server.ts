import { classAssignments } from '@/lib/classes/assignments.server'
import { db } from '@/lib/db/client.server'
import { type DilemmaSummary, NOT_STARTED, summariseDilemmas, summaryKey } from '@/lib/progress/summary.server'
import { getCatalog } from '@/lib/scenarios/catalog.server'

// What a learner can get a certificate for: all assigned dilemmas of a class they are in, or a whole case.

export type CertificateDilemma = { caseId: string; dilemmaId: string; title: string; progress: DilemmaSummary }

export type CertificateOption =
  | { scope: 'klas'; groupId: string; title: string; caseId: string; dilemmas: CertificateDilemma[]; complete: boolean }
  | { scope: 'casus'; caseId: string; title: string; dilemmas: CertificateDilemma[]; complete: boolean }

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
  const summaries = await summariseDilemmas([userId], keys)
  const dilemma = (caseId: string, dilemmaId: string, title: string): CertificateDilemma => ({
    caseId,
    dilemmaId,
    title,
    progress: summaries.get(summaryKey(userId, { caseId, dilemmaId })) ?? NOT_STARTED,
  })
  const done = (list: CertificateDilemma[]) => list.length > 0 && list.every((d) => d.progress.status === 'afgerond')

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
      dilemmas,
      complete: done(dilemmas),
    })
  }
  for (const c of cases) {
    const dilemmas = c.dilemmas.map((d) => dilemma(c.id, d.id, d.frontmatter.title))
    options.push({
      scope: 'casus',
      caseId: c.id,
      title: `${c.frontmatter.title} — hele casus`,
      dilemmas,
      complete: done(dilemmas),
    })
  }
  return options
}
