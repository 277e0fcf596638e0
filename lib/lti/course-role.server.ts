import { db } from '@/lib/db/client.server'

// The course role someone has today, applied to the course's class: a docent owns it, a learner is a member. Used by
// launches and by roster syncs (NRPS), so both apply the same rule. Someone who no longer teaches any LMS course of
// the organisation loses the docent role there too: an LTI account's docent rights come from the LMS alone.

export async function applyCourseRole(
  groupId: string,
  userId: string,
  role: 'learner' | 'docent',
  organisationId: string,
) {
  const seat = { groupId_userId: { groupId, userId } }
  if (role === 'learner') {
    await db().groupOwner.deleteMany({ where: { groupId, userId } })
    await db().groupMember.upsert({ where: seat, create: { groupId, userId }, update: {} })
    await withdrawDocentRole(userId, organisationId)
  } else {
    // Course staff own the course's class: the docent the launch names sees it, other docents do not.
    await db().groupMember.deleteMany({ where: { groupId, userId } })
    await db().groupOwner.upsert({ where: seat, create: { groupId, userId }, update: {} })
  }
}

/**
 * The docent role in the organisation stays only while the person still owns the class of a course (from any
 * registered platform of the organisation) they taught at their last launch or sync of it.
 */
export async function withdrawDocentRole(userId: string, organisationId: string) {
  const teaches = await db().groupOwner.count({
    where: { userId, group: { organisationId, ltiContexts: { some: {} } } },
  })
  if (teaches === 0) await db().membership.deleteMany({ where: { userId, organisationId, role: 'docent' } })
}
