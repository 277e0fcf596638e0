import { db } from '@/lib/db/client.server'

// The afspraken a learner sees in a dilemma: those of the organisations they belong to (any role), current versions
// only, never withdrawn ones. A learner of two gemeenten sees each gemeente's afspraken, each under its own name.

export type LearnerAgreement = {
  id: string
  organisationName: string
  sceneId: string | null
  text: string
  link: string | null
  contact: string | null
}

export async function agreementsForLearner(
  organisationIds: readonly string[],
  caseId: string,
  dilemmaId: string,
): Promise<LearnerAgreement[]> {
  if (organisationIds.length === 0) return []
  const rows = await db().localAgreement.findMany({
    where: { organisationId: { in: [...new Set(organisationIds)] }, caseId, dilemmaId, withdrawnAt: null },
    select: {
      id: true,
      sceneId: true,
      createdAt: true,
      organisation: { select: { name: true } },
      versions: { select: { text: true, link: true, contact: true }, orderBy: { number: 'desc' }, take: 1 },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })
  return rows.flatMap((row) => {
    const current = row.versions[0]
    return current ? [{ id: row.id, organisationName: row.organisation.name, sceneId: row.sceneId, ...current }] : []
  })
}
