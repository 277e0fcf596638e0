import { expect, test } from 'vitest'
import { classDiscussion, DISCUSSION_MINIMUM, GONE_CHOICE } from '@/lib/classes/discussion.server'
import { db } from '@/lib/db/client.server'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { addToGroup, createGroup, createOrganisation, createUser } from '@/lib/seed/factories'

const graph = getDilemma('kramer', 'huisarts')?.graph
const point = graph?.nodes.find((n) => n.kind === 'scene' && n.choices.length >= 2)
if (point?.kind !== 'scene') throw new Error('huisarts needs a decision point')
const [first, second] = point.choices

/** An attempt with the given answers at the decision point, in order (a later one is a replay or after "terug"). */
async function answered(userId: string, choiceIds: string[], minutesAgo = 10) {
  const startedAt = new Date(Date.now() - minutesAgo * 60_000)
  await db().attempt.create({
    data: {
      userId,
      caseId: 'kramer',
      dilemmaId: 'huisarts',
      contentHash: 'test',
      currentScene: point?.id ?? '',
      startedAt,
      events: {
        create: choiceIds.map((choiceId, i) => ({
          step: i + 1,
          kind: 'choice',
          fromScene: point?.id ?? '',
          toScene: 'x',
          choiceId,
          createdAt: new Date(startedAt.getTime() + (i + 1) * 1000),
        })),
      },
    },
  })
}

async function classWith(count: number) {
  const org = await createOrganisation(db(), { kind: 'hogeschool' })
  const klas = await createGroup(db(), { organisationId: org.id })
  const students = []
  for (let i = 0; i < count; i++) {
    const s = await createUser(db(), { organisationId: org.id })
    await addToGroup(db(), klas.id, s.id)
    students.push(s)
  }
  return { org, klas, students }
}

const pointOf = async (groupId: string) =>
  (await classDiscussion(groupId, 'kramer', 'huisarts'))?.find((p) => p.sceneId === point.id)

test(`hidden with no counts below ${DISCUSSION_MINIMUM} students, exact counts from then on`, async () => {
  const { klas, students } = await classWith(5)
  for (const s of students.slice(0, 4)) await answered(s.id, [first?.id ?? ''])
  expect(await pointOf(klas.id)).toMatchObject({ answered: 4, hidden: true, choices: [] })

  await answered(students[4]?.id ?? '', [second?.id ?? ''])
  const shown = await pointOf(klas.id)
  expect(shown).toMatchObject({ answered: 5, hidden: false })
  expect(shown?.choices.slice(0, 2).map((c) => [c.id, c.count, c.percent])).toEqual([
    [first?.id, 4, 80],
    [second?.id, 1, 20],
  ])
  expect(JSON.stringify(shown)).not.toMatch(/userId|email|name/)
})

test('only the first answer of current members counts; a choice that no longer exists gets its own row', async () => {
  const { org, klas, students } = await classWith(5)
  const [a, b, c, d, e] = students
  if (!a || !b || !c || !d || !e) throw new Error('students missing')
  // a answered first, then went back and chose second; and a replay later: still one "first".
  await answered(a.id, [first?.id ?? '', second?.id ?? ''], 30)
  await answered(a.id, [second?.id ?? ''], 5)
  for (const s of [b, c]) await answered(s.id, [second?.id ?? ''])
  await answered(d.id, ['verdwenen-keuze'])
  await answered(e.id, [first?.id ?? ''])
  // Outsiders: someone of the same organisation not in the class, and a member of another class.
  const outsider = await createUser(db(), { organisationId: org.id })
  await answered(outsider.id, [first?.id ?? ''])
  const other = await classWith(1)
  await answered(other.students[0]?.id ?? '', [first?.id ?? ''])

  const shown = await pointOf(klas.id)
  expect(shown?.answered).toBe(5)
  const count = (id: string) => shown?.choices.find((ch) => ch.id === id)?.count
  expect(count(first?.id ?? '')).toBe(2)
  expect(count(second?.id ?? '')).toBe(2)
  expect(shown?.choices.at(-1)).toMatchObject({ label: GONE_CHOICE, count: 1 })

  // A removed student no longer counts.
  await db().groupMember.delete({ where: { groupId_userId: { groupId: klas.id, userId: e.id } } })
  expect(await pointOf(klas.id)).toMatchObject({ answered: 4, hidden: true })
})
