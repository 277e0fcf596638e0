import { afterAll, beforeAll, expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import type { LaunchRequest, TestPlatform } from '../servers/lti-platform'
import { launchAndProvision, type RegisteredPlatform, registeredTestPlatform } from '../support/lti'

// Course copy in the LMS: the copy names its original in Context.id.history and each copied link its original in
// ResourceLink.id.history. Deelwijs maps the copy to the class it already has and opens what the link opened; the
// copy's gradebook columns receive the grades.

let platform: TestPlatform
let lti: RegisteredPlatform
let toolOrigin: string

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Kopie')
  ;({ platform, toolOrigin } = lti)
})

afterAll(() => lti.close())

const launchAs = (request: LaunchRequest) => launchAndProvision(lti, request)

const classOf = async (course: string) =>
  (
    await db().ltiContext.findFirstOrThrow({
      where: { contextId: course, platform: { clientId: platform.registration.clientId, issuer: platform.url } },
    })
  ).groupId

test('a copied course joins the class of its original; its copied link opens the same dilemma and grades go to the copy', async () => {
  const docent = await launchAs({
    kind: 'resource',
    user: 'docent-2025',
    role: 'Instructor',
    course: 'course-2025',
    link: 'link-2025',
    target: `${toolOrigin}/leren/kramer/huisarts`,
  })
  await launchAs({
    kind: 'resource',
    user: 'student-2025',
    role: 'Learner',
    course: 'course-2025',
    link: 'link-2025',
    target: `${toolOrigin}/leren/kramer/huisarts`,
    lineItem: 'li-2025',
  })

  // The copy: new ids, the history naming the originals, and (as some platforms do on copy) the link's target reset
  // to the tool's launch URL.
  const student = await launchAs({
    kind: 'resource',
    user: 'student-2026',
    role: 'Learner',
    course: 'course-2026',
    contextHistory: 'course-2025',
    link: 'link-2026',
    linkHistory: 'link-2025',
    target: `${toolOrigin}/api/lti/launch`,
    lineItem: 'li-2026',
  })
  expect(student.target).toEqual({ caseId: 'kramer', dilemmaId: 'huisarts' })
  expect(await classOf('course-2026')).toBe(await classOf('course-2025'))
  const group = await db().group.findUniqueOrThrow({
    where: { id: await classOf('course-2026') },
    include: { owners: true, members: true },
  })
  expect(group.owners.map((o) => o.userId)).toEqual([docent.userId])
  expect(group.members).toHaveLength(2)
  expect(await db().group.count({ where: { name: 'Cursus course-2026' } })).toBe(0)

  // The copy's gradebook column is where this learner's grade goes.
  const links = await db().ltiGradeLink.findMany({ where: { userId: student.userId } })
  expect(links).toEqual([
    expect.objectContaining({
      lineItemUrl: `${platform.url}/lineitems/li-2026`,
      caseId: 'kramer',
      dilemmaId: 'huisarts',
    }),
  ])

  // A copy of the copy finds its class through the chain as well.
  await launchAs({
    kind: 'resource',
    user: 'student-2027',
    role: 'Learner',
    course: 'course-2027',
    contextHistory: 'course-2026,course-2025',
    link: 'link-2027',
    linkHistory: 'link-2026,link-2025',
    target: `${toolOrigin}/api/lti/launch`,
  })
  expect(await classOf('course-2027')).toBe(await classOf('course-2025'))
})

test('without a history, or with the variable left unfilled, a new course gets its own class', async () => {
  await launchAs({
    kind: 'resource',
    user: 'student-x',
    role: 'Learner',
    course: 'course-new',
    contextHistory: '$Context.id.history',
    target: `${toolOrigin}/leren/kramer`,
  })
  await launchAs({
    kind: 'resource',
    user: 'student-y',
    role: 'Learner',
    course: 'course-other',
    target: `${toolOrigin}/leren/kramer`,
  })
  const classes = new Set([await classOf('course-new'), await classOf('course-other'), await classOf('course-2025')])
  expect(classes.size).toBe(3)
})
