import { z } from 'zod'
import { db } from '@/lib/db/client.server'
import { provisionExternalUser } from '@/lib/sso/provision.server'
import { isStaff, NRPS_SCOPE } from './claims'
import { applyCourseRole } from './course-role.server'
import { accessToken } from './grades.server'

// LTI Names and Role Provisioning Services 2.0: the class of an LMS course filled from the course's roster, so a docent
// sees every student before they first open Deelwijs. The roster URL comes with each launch (lib/lti/provision.server.ts);
// the sync runs after a launch when the last one is an hour old, and from the class page ("Synchroniseer deelnemers").
// Each active member gets an account, as a launch would make it (name only), with the role the course gives them;
// members who left the course (absent, Inactive or Deleted) leave the class. Only people who came from this platform
// are ever taken out: students who joined with a class code stay.

const MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json'
const MAX_PAGES = 50
export const ROSTER_STALE_MS = 60 * 60_000

const containerSchema = z.object({
  members: z
    .array(
      z.object({
        user_id: z.string().min(1).max(255),
        roles: z.array(z.string()),
        status: z.enum(['Active', 'Inactive', 'Deleted']).optional(),
        name: z.string().max(200).optional(),
        given_name: z.string().max(100).optional(),
        family_name: z.string().max(100).optional(),
      }),
    )
    .max(10_000),
})
type Member = z.infer<typeof containerSchema>['members'][number]

export type RosterResult = { ok: true; members: number; joined: number; left: number } | { ok: false; error: string }

/** The next page of a paged roster (NRPS §2.4.2: a Link header with rel="next"). */
function nextPage(link: string | null) {
  const next = link?.split(',').find((part) => /rel="?next"?/.test(part))
  return next?.match(/<([^>]+)>/)?.[1] ?? null
}

async function fetchRoster(
  url: string,
  platform: { id: string; clientId: string; accessTokenUrl: string; accessTokenAudience: string | null },
) {
  const token = await accessToken(platform, NRPS_SCOPE)
  const members: Member[] = []
  let page: string | null = url
  for (let i = 0; page && i < MAX_PAGES; i++) {
    const response = await fetch(page, {
      headers: { accept: MEDIA_TYPE, authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
    })
    if (!response.ok) throw new Error(`roster answered ${response.status}`)
    members.push(...containerSchema.parse(await response.json()).members)
    const next = nextPage(response.headers.get('link'))
    // Only follow pages on the roster's own host: the header comes from the platform, the token must not leave it.
    page = next && new URL(next, page).origin === new URL(url).origin ? new URL(next, page).toString() : null
  }
  return members
}

function nameOf(member: Member) {
  const joined = [member.given_name, member.family_name].filter(Boolean).join(' ')
  return (member.name?.trim() || joined || 'Deelnemer').slice(0, 120)
}

type Context = {
  contextId: string
  groupId: string
  membershipsUrl: string
  platform: {
    id: string
    issuer: string
    organisationId: string
    clientId: string
    accessTokenUrl: string
    accessTokenAudience: string | null
  }
}

/** Gives every active member of one course's roster an account and their course role in the class. */
async function seatRoster(context: Context) {
  const { platform, groupId } = context
  const members = await fetchRoster(context.membershipsUrl, platform)
  const active = members.filter((m) => (m.status ?? 'Active') === 'Active')
  const present: string[] = []
  for (const member of active) {
    const role = isStaff(member.roles) ? 'docent' : 'learner'
    const person = await provisionExternalUser({
      issuer: platform.issuer,
      subject: member.user_id,
      name: nameOf(member),
      email: null,
      emailVerified: false,
      organisationId: platform.organisationId,
      role,
    })
    if (!person.ok) continue
    present.push(person.userId)
    await applyCourseRole(groupId, person.userId, role, platform.organisationId)
  }
  return { members: active.length, present }
}

/**
 * Fills a class from the rosters of its LMS courses (a copied course shares its original's class). Removals happen
 * only when every roster was read in full, so a failing LMS never empties a class. Throws nothing: a failure comes
 * back as an error code.
 */
export async function syncClassRoster(groupId: string): Promise<RosterResult> {
  const rows = await db().ltiContext.findMany({
    where: { groupId, membershipsUrl: { not: null } },
    include: { platform: true },
    orderBy: { id: 'asc' },
  })
  const contexts = rows.flatMap((row) => (row.membershipsUrl ? [{ ...row, membershipsUrl: row.membershipsUrl }] : []))
  if (contexts.length === 0) return { ok: false, error: 'no-roster' }
  const before = await db().groupMember.count({ where: { groupId } })
  const present = new Set<string>()
  let members = 0
  for (const context of contexts) {
    try {
      const seated = await seatRoster(context)
      members += seated.members
      for (const id of seated.present) present.add(id)
    } catch (error) {
      console.error(`[lti] roster of ${context.contextId} at ${context.platform.issuer}: ${String(error)}`)
      return { ok: false, error: 'roster-unavailable' }
    }
  }
  // Who came from these platforms and is no longer an active member of any of the courses leaves the class.
  const issuers = [...new Set(contexts.map((c) => c.platform.issuer))]
  const left = await db().groupMember.deleteMany({
    where: { groupId, userId: { notIn: [...present] }, user: { identities: { some: { issuer: { in: issuers } } } } },
  })
  await db().ltiContext.updateMany({
    where: { id: { in: contexts.map((c) => c.id) } },
    data: { rosterSyncedAt: new Date() },
  })
  const after = await db().groupMember.count({ where: { groupId } })
  return { ok: true, members, joined: after - before + left.count, left: left.count }
}

/** After a launch: the class's rosters, when the course has one and was not synced in the last hour. */
export async function syncRosterIfStale(groupId: string) {
  const stale = await db().ltiContext.count({
    where: {
      groupId,
      membershipsUrl: { not: null },
      OR: [{ rosterSyncedAt: null }, { rosterSyncedAt: { lt: new Date(Date.now() - ROSTER_STALE_MS) } }],
    },
  })
  return stale > 0 ? syncClassRoster(groupId) : null
}
