import { afterAll, beforeAll, expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { syncClassRoster, syncRosterIfStale } from '@/lib/lti/roster.server'
import { syncRosterForDocent } from '@/lib/lti/roster-action.server'
import { createUser } from '@/lib/seed/factories'
import type { LaunchRequest, TestPlatform } from '../servers/lti-platform'
import { launchAndProvision, type RegisteredPlatform, registeredTestPlatform } from '../support/lti'

// LTI Names and Role Provisioning Services end to end against the test platform: the launch names the course roster,
// Deelwijs fetches it with a client-credentials token (signed assertion) and fills the class, page by page.

const LIS = 'http://purl.imsglobal.org/vocab/lis/v2/'
let platform: TestPlatform
let lti: RegisteredPlatform
let toolOrigin: string
let organisationId: string

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Roster')
  ;({ platform, toolOrigin, organisationId } = lti)
})

afterAll(() => lti.close())

async function launchAs(request: LaunchRequest) {
  const outcome = await launchAndProvision(lti, request)
  if (!outcome.groupId) throw new Error('the launch made no class')
  return { ...outcome, groupId: outcome.groupId }
}

async function classList(groupId: string) {
  const group = await db().group.findUniqueOrThrow({
    where: { id: groupId },
    include: { owners: { include: { user: true } }, members: { include: { user: true } } },
  })
  return {
    owners: group.owners.map((o) => o.user.name).sort(),
    members: group.members.map((m) => m.user.name).sort(),
  }
}

const learner = (id: string, status: 'Active' | 'Inactive' | 'Deleted' = 'Active') => ({
  // The roster's user_id is the launch's sub (NRPS 2.0 §2.3), which the test platform makes "lms-<user>".
  user_id: `lms-${id}`,
  roles: [`${LIS}membership#Learner`],
  name: `Student ${id}`,
  status,
})

test('the course roster fills the class: students as members, course staff as owners, page by page', async () => {
  const docent = await launchAs({
    kind: 'resource',
    user: 'docent-r',
    role: 'Instructor',
    course: 'course-r',
    target: `${toolOrigin}/leren/kramer`,
  })
  for (const id of ['s1', 's2', 's3']) platform.enrol('course-r', learner(id))
  platform.enrol('course-r', learner('s4', 'Inactive'))
  platform.enrol('course-r', {
    user_id: 'ta-1',
    roles: [`${LIS}membership/Instructor#TeachingAssistant`],
    name: 'Assistent',
  })
  const requests = platform.received.rosterRequests

  expect(await syncRosterIfStale(docent.groupId)).toMatchObject({ ok: true, members: 5 })
  // Six roster entries (the docent, three students, the inactive one, the assistant), two a page.
  expect(platform.received.rosterRequests - requests).toBe(3)
  expect(await classList(docent.groupId)).toEqual({
    owners: ['Assistent', 'Test docent-r'],
    members: ['Student s1', 'Student s2', 'Student s3'],
  })
  // The students got accounts as a launch would make them: in the organisation, learner, no e-mail from the LMS.
  const s1 = await db().user.findFirstOrThrow({ where: { name: 'Student s1' }, include: { memberships: true } })
  expect(s1.memberships).toEqual([expect.objectContaining({ organisationId, role: 'learner' })])
  // A student who later launches is the same account.
  const launched = await launchAs({
    kind: 'resource',
    user: 's1',
    role: 'Learner',
    course: 'course-r',
    target: `${toolOrigin}/leren/kramer`,
  })
  expect(launched.userId).toBe(s1.id)

  // Fresh: the next launch within the hour does not fetch the roster again.
  expect(await syncRosterIfStale(docent.groupId)).toBeNull()
})

test('who leaves the course leaves the class; someone who joined otherwise stays; the docent syncs by button', async () => {
  const docent = await launchAs({
    kind: 'resource',
    user: 'docent-q',
    role: 'Instructor',
    course: 'course-q',
    target: `${toolOrigin}/leren/kramer`,
  })
  platform.enrol('course-q', learner('q1'))
  platform.enrol('course-q', learner('q2'))
  expect(await syncClassRoster(docent.groupId)).toMatchObject({ ok: true })
  const local = await createUser(db(), { organisationId, role: 'learner', name: 'Lokaal lid' })
  await db().groupMember.create({ data: { groupId: docent.groupId, userId: local.id } })

  platform.enrol('course-q', learner('q2', 'Deleted'))
  const result = await syncRosterForDocent(docent.userId, { id: docent.groupId, organisationId })
  expect(result).toMatchObject({ ok: true })
  expect(result.message).toContain('1 student is uit de klas gehaald')
  expect((await classList(docent.groupId)).members).toEqual(['Lokaal lid', 'Student q1'])
  expect(await db().auditLog.findFirst({ where: { action: 'lti-roster.sync', actorId: docent.userId } })).toMatchObject(
    { detail: expect.objectContaining({ groupId: docent.groupId, left: 1 }) },
  )
})

test('an LMS that does not answer changes nothing', async () => {
  const docent = await launchAs({
    kind: 'resource',
    user: 'docent-p',
    role: 'Instructor',
    course: 'course-p',
    target: `${toolOrigin}/leren/kramer`,
  })
  platform.enrol('course-p', learner('p1'))
  await syncClassRoster(docent.groupId)
  await db().ltiContext.updateMany({
    where: { groupId: docent.groupId },
    data: { membershipsUrl: 'http://localhost:9/memberships/course-p' },
  })
  expect(await syncClassRoster(docent.groupId)).toEqual({ ok: false, error: 'roster-unavailable' })
  expect((await classList(docent.groupId)).members).toEqual(['Student p1'])
})
