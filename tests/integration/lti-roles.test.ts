import { afterAll, beforeAll, expect, test } from 'vitest'
import { hasPermission } from '@/lib/auth/permissions'
import { classVerdict } from '@/lib/classes/ownership'
import { db } from '@/lib/db/client.server'
import type { LaunchRequest } from '../servers/lti-platform'
import { launchAndProvision, type RegisteredPlatform, registeredTestPlatform } from '../support/lti'

// Which role an LTI launch gives (LTI Core 1.3 §5.3.7, Appendix A.2): only course (membership) roles count, a
// sub-role by its principal role (the part before '#'), and the role is worked out again at every launch. A docent
// gets the class of the course they teach, not every class of the organisation.

const LIS = 'http://purl.imsglobal.org/vocab/lis/v2/'
let lti: RegisteredPlatform
let toolOrigin: string
let organisationId: string

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Rollen')
  ;({ toolOrigin, organisationId } = lti)
})

afterAll(() => lti.close())

const request = (user: string, course: string, roles: string[]): LaunchRequest => ({
  kind: 'resource',
  user,
  role: 'Learner',
  roles: roles.join(','),
  course,
  link: `link-${course}`,
  target: `${toolOrigin}/leren/kramer/huisarts`,
})

const launchAs = (user: string, course: string, roles: string[]) =>
  launchAndProvision(lti, request(user, course, roles))

async function standingOf(userId: string) {
  const memberships = await db().membership.findMany({
    where: { userId },
    select: { organisationId: true, role: true },
  })
  const owned = await db().groupOwner.findMany({ where: { userId }, select: { group: { select: { name: true } } } })
  const member = await db().groupMember.findMany({ where: { userId }, select: { group: { select: { name: true } } } })
  return {
    roles: memberships.map((m) => m.role).sort(),
    owns: owned.map((o) => o.group.name).sort(),
    memberOf: member.map((m) => m.group.name).sort(),
    mayRunClasses: hasPermission(memberships, 'manage:group:org', organisationId),
  }
}

test('a learner with institution, system, mentor and learner sub-roles stays a learner', async () => {
  const outcome = await launchAs('mixed-learner', 'course-mixed', [
    `${LIS}membership#Learner`,
    `${LIS}institution/person#Instructor`,
    `${LIS}institution/person#Administrator`,
    `${LIS}system/person#Administrator`,
    `${LIS}membership/Learner#Instructor`,
    `${LIS}membership#Mentor`,
  ])
  expect(outcome.role).toBe('learner')
  expect(await standingOf(outcome.userId)).toEqual({
    roles: ['learner'],
    owns: [],
    memberOf: ['Cursus course-mixed'],
    mayRunClasses: false,
  })
})

test('institution or system roles alone, and a mentor, are no course staff', async () => {
  for (const [user, roles] of [
    ['canvas-teacher-elsewhere', [`${LIS}institution/person#Instructor`]],
    ['site-admin', [`${LIS}system/person#Administrator`, `${LIS}institution/person#Administrator`]],
    ['mentor', [`${LIS}membership#Mentor`]],
  ] as const) {
    const outcome = await launchAs(user, 'course-mixed', [...roles])
    expect(outcome.role, user).toBe('learner')
    expect((await standingOf(outcome.userId)).mayRunClasses, user).toBe(false)
  }
})

test('an instructor, and a teaching assistant (a sub-role of Instructor), teach the course', async () => {
  const instructor = await launchAs('instructor', 'course-t', [`${LIS}membership#Instructor`])
  expect(instructor.role).toBe('docent')
  const assistant = await launchAs('assistant', 'course-t', [`${LIS}membership/Instructor#TeachingAssistant`])
  expect(assistant.role).toBe('docent')
  expect(await standingOf(assistant.userId)).toMatchObject({ owns: ['Cursus course-t'], mayRunClasses: true })
})

test('a docent gets the class of the course they teach, not the other classes of the organisation', async () => {
  const other = await launchAs('teacher-b', 'course-b', [`${LIS}membership#Instructor`])
  const docent = await launchAs('teacher-a', 'course-a', [`${LIS}membership#Instructor`])
  // In course b the same person is a student: they join its class and do not own it.
  await launchAs('teacher-a', 'course-b', [`${LIS}membership#Learner`, `${LIS}institution/person#Instructor`])
  expect(await standingOf(docent.userId)).toEqual({
    roles: ['docent', 'learner'],
    owns: ['Cursus course-a'],
    memberOf: ['Cursus course-b'],
    mayRunClasses: true,
  })
  const classB = await db().group.findFirstOrThrow({ where: { name: 'Cursus course-b' }, include: { owners: true } })
  const memberships = await db().membership.findMany({ where: { userId: docent.userId } })
  expect(
    classVerdict(
      { id: docent.userId, memberships },
      { organisationId, ownerIds: classB.owners.map((o) => o.userId) },
      'read:group-progress:org',
    ),
  ).toBe('hidden')
  expect(classB.owners.map((o) => o.userId)).toEqual([other.userId])
})

test('the role is worked out again at every launch: a docent who is now a learner loses the docent rights', async () => {
  const first = await launchAs('former-teacher', 'course-c', [`${LIS}membership#Instructor`])
  expect(await standingOf(first.userId)).toMatchObject({ owns: ['Cursus course-c'], mayRunClasses: true })

  const again = await launchAs('former-teacher', 'course-c', [`${LIS}membership#Learner`])
  expect(again).toMatchObject({ userId: first.userId, role: 'learner' })
  expect(await standingOf(first.userId)).toEqual({
    roles: ['learner'],
    owns: [],
    memberOf: ['Cursus course-c'],
    mayRunClasses: false,
  })
})
