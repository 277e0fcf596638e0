import { db } from '@/lib/db/client.server'
import { getCase, getDilemma } from '@/lib/scenarios/catalog.server'
import { type ProvisionRefusal, provisionExternalUser } from '@/lib/sso/provision.server'
import {
  AGS_SCORE_SCOPE,
  idHistory,
  isStaff,
  type LaunchClaims,
  LTI,
  LTI_AGS,
  LTI_NRPS,
  launchTarget,
  personName,
} from './claims'
import { classOfEarlierCourse, knownLinkTarget, rememberLinkTarget } from './course-copy.server'
import { applyCourseRole, withdrawDocentRole } from './course-role.server'
import type { VerifiedLaunch } from './launch.server'

// What a verified launch does in Deelwijs: the person gets an account in the platform's organisation (docent for
// course staff, learner otherwise), their course becomes a class, and a learner's launch of a graded link records
// where their result goes (AGS). The LMS's e-mail address is not kept: Deelwijs does not need it.
// The role is the one the course gives today (lib/lti/claims.ts courseRoles), worked out again at every launch: a
// docent owns the class of the course they teach, and nothing more; someone who no longer teaches a course loses
// its class, and the docent role itself once they teach no course of the organisation any more.

export type LaunchOutcome =
  | {
      ok: true
      userId: string
      sessionVersion: number
      role: 'learner' | 'docent'
      target: Target | null
      /** The class of the launch's course, if the launch named one. */
      groupId: string | null
    }
  | { ok: false; reason: ProvisionRefusal }
export type Target = { caseId: string; dilemmaId?: string }

function claimedTarget(claims: LaunchClaims, origin: string): Target | null {
  const custom = claims[`${LTI}custom`] ?? {}
  const fromCustom =
    typeof custom.deelwijs_case === 'string'
      ? {
          caseId: custom.deelwijs_case,
          ...(typeof custom.deelwijs_dilemma === 'string' ? { dilemmaId: custom.deelwijs_dilemma } : {}),
        }
      : null
  return fromCustom ?? launchTarget(claims[`${LTI}target_link_uri`], origin)
}

/**
 * Where the launch goes: what the link says (custom parameters, target link); failing that, what this link or the
 * link it was copied from opened before. A resource link's target is remembered for its copies.
 */
async function targetOf(launch: VerifiedLaunch, origin: string): Promise<Target | null> {
  const { claims, platform } = launch
  const link = claims[`${LTI}resource_link`]
  const linkIds = link ? [link.id, ...idHistory(claims, 'resource_link_id_history')] : []
  const target = claimedTarget(claims, origin) ?? (await knownLinkTarget(platform.id, linkIds))
  if (!target) return null
  const exists = target.dilemmaId ? getDilemma(target.caseId, target.dilemmaId) : getCase(target.caseId)
  if (!exists) return null
  if (link) await rememberLinkTarget(platform.id, link.id, target)
  return target
}

export function targetPath(target: Target | null) {
  if (!target) return '/leren'
  return target.dilemmaId ? `/leren/${target.caseId}/${target.dilemmaId}` : `/leren/${target.caseId}`
}

/** The class of the launch's course: known, that of the course it was copied from, or new. */
async function courseClass(launch: VerifiedLaunch) {
  const context = launch.claims[`${LTI}context`]
  if (!context) return null
  const { platform } = launch
  const name = (context.title ?? context.label ?? 'Cursus uit de leeromgeving').slice(0, 120)
  const key = { platformId_contextId: { platformId: platform.id, contextId: context.id } }
  const known = await db().ltiContext.findUnique({ where: key, select: { groupId: true } })
  // A copy of a course Deelwijs knows joins that course's class; any other new course becomes a class. Read before the
  // transaction: a query on db() inside it would wait for the connection the transaction holds, and the embedded
  // database has only that one.
  const earlier = known ? null : await classOfEarlierCourse(platform.id, idHistory(launch.claims, 'context_id_history'))
  const groupId =
    known?.groupId ??
    (await db()
      .$transaction(async (tx) => {
        const group =
          earlier !== null
            ? { id: earlier }
            : await tx.group.create({
                data: { organisationId: platform.organisationId, name, kind: 'klas', joinCodeEnabled: false },
              })
        await tx.ltiContext.create({ data: { platformId: platform.id, contextId: context.id, groupId: group.id } })
        return group.id
      })
      // Two first launches of one course at once: ours rolled back on the unique key; use the class the other made.
      .catch(async (error) => {
        const made = await db().ltiContext.findUnique({ where: key, select: { groupId: true } })
        if (!made) throw error
        return made.groupId
      }))
  // The roster URL is the latest launch's: a platform may move it.
  const membershipsUrl = launch.claims[`${LTI_NRPS}namesroleservice`]?.context_memberships_url
  if (membershipsUrl) await db().ltiContext.update({ where: key, data: { membershipsUrl } })
  return groupId
}

async function rememberGradeLink(launch: VerifiedLaunch, userId: string, target: Target | null) {
  const endpoint = launch.claims[`${LTI_AGS}endpoint`]
  if (!target || !endpoint?.lineitem || !endpoint.scope.includes(AGS_SCORE_SCOPE)) return
  const link = {
    platformId: launch.platform.id,
    ltiUserId: launch.claims.sub,
    caseId: target.caseId,
    dilemmaId: target.dilemmaId ?? null,
  }
  await db().ltiGradeLink.upsert({
    where: { userId_lineItemUrl: { userId, lineItemUrl: endpoint.lineitem } },
    create: { userId, lineItemUrl: endpoint.lineitem, ...link },
    update: link,
  })
}

export async function provisionLaunch(launch: VerifiedLaunch, origin: string): Promise<LaunchOutcome> {
  const { claims, platform } = launch
  const role = isStaff(claims[`${LTI}roles`]) ? 'docent' : 'learner'
  const person = await provisionExternalUser({
    issuer: platform.issuer,
    subject: claims.sub,
    name: personName(claims),
    email: null,
    emailVerified: false,
    organisationId: platform.organisationId,
    role,
  })
  if (!person.ok) return person
  const groupId = await courseClass(launch)
  if (groupId) await applyCourseRole(groupId, person.userId, role, platform.organisationId)
  else if (role === 'learner') await withdrawDocentRole(person.userId, platform.organisationId)
  const target = await targetOf(launch, origin)
  if (role === 'learner') await rememberGradeLink(launch, person.userId, target)
  return { ok: true, userId: person.userId, sessionVersion: person.sessionVersion, role, target, groupId }
}
