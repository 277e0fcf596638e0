import { db } from '@/lib/db/client.server'

// Course copy in the LMS (a new term's course made from last term's): the copy has new context and resource link ids,
// and names the old ones in Context.id.history and ResourceLink.id.history (lib/lti/claims.ts idHistory). Deelwijs
// maps the copy to what it already knows, so the class with its assignments and docents, and what each link opens,
// carry over; the gradebook columns are the copy's own (its launches name them), so grades stay linked.

/** The class of the most recent earlier course this platform launched from, if any. */
export async function classOfEarlierCourse(platformId: string, history: string[]): Promise<string | null> {
  if (history.length === 0) return null
  const known = await db().ltiContext.findMany({
    where: { platformId, contextId: { in: history } },
    select: { contextId: true, groupId: true },
  })
  for (const contextId of history) {
    const hit = known.find((k) => k.contextId === contextId)
    if (hit) return hit.groupId
  }
  return null
}

export type LinkTarget = { caseId: string; dilemmaId?: string }

/** What the link opened before: its own id first, then the ids it was copied from, most recent first. */
export async function knownLinkTarget(platformId: string, linkIds: string[]): Promise<LinkTarget | null> {
  if (linkIds.length === 0) return null
  const known = await db().ltiResourceLink.findMany({
    where: { platformId, resourceLinkId: { in: linkIds } },
    select: { resourceLinkId: true, caseId: true, dilemmaId: true },
  })
  for (const id of linkIds) {
    const hit = known.find((k) => k.resourceLinkId === id)
    if (hit) return { caseId: hit.caseId, ...(hit.dilemmaId ? { dilemmaId: hit.dilemmaId } : {}) }
  }
  return null
}

export async function rememberLinkTarget(platformId: string, resourceLinkId: string, target: LinkTarget) {
  const data = { caseId: target.caseId, dilemmaId: target.dilemmaId ?? null }
  await db().ltiResourceLink.upsert({
    where: { platformId_resourceLinkId: { platformId, resourceLinkId } },
    create: { platformId, resourceLinkId, ...data },
    update: data,
  })
}
