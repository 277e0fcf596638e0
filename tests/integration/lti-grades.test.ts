import { afterAll, beforeAll, expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { deliverScores } from '@/lib/outbox/outbox.server'
import { getCase } from '@/lib/scenarios/catalog.server'
import type { LaunchRequest } from '../servers/lti-platform'
import {
  launchAndProvision,
  learnerLaunch,
  playable,
  type RegisteredPlatform,
  registeredTestPlatform,
} from '../support/lti'
import { playToEnding } from '../support/play'

// Grade passback (ADR 036) against the test platform: only complete scores go out, as Completed / FullyGraded. A
// partial score sent as Pending is blanked by Moodle; one without a score (NotReady) would clear a docent's grade.

let lti: RegisteredPlatform

beforeAll(async () => {
  lti = await registeredTestPlatform('Hogeschool Cijfers')
})

afterAll(() => lti.close())

const learner = (user: string, extra: Partial<LaunchRequest>) => learnerLaunch(lti, user, extra)

test('a whole-case link sends nothing until every dilemma is afgerond, then one FullyGraded score', async () => {
  const target = `${lti.toolOrigin}/leren/kramer`
  const outcome = await launchAndProvision(lti, learner('student-case', { lineItem: 'li-case', target }))
  const dilemmas = getCase('kramer')?.dilemmas ?? []
  expect(dilemmas.length).toBeGreaterThan(1)
  const scores: number[] = []
  for (const [i, d] of dilemmas.entries()) {
    const ending = await playToEnding(outcome.userId, playable('kramer', d.id))
    scores.push(ending.score ?? 0)
    const queued = await db().ltiScore.count({ where: { gradeLink: { userId: outcome.userId } } })
    // Nothing partial in the outbox: no Pending score for Moodle to blank the column with.
    expect(queued).toBe(i === dilemmas.length - 1 ? 1 : 0)
  }
  expect(await deliverScores()).toMatchObject({ sent: 1, failed: 0 })
  const sent = lti.platform.received.scores.filter((s) => s.lineItem === 'li-case')
  expect(sent).toEqual([
    {
      lineItem: 'li-case',
      score: expect.objectContaining({
        userId: 'lms-student-case',
        scoreGiven: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
        scoreMaximum: 100,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      }),
    },
  ])
})

test('every score the platform received was complete and FullyGraded', () => {
  expect(lti.platform.received.scores.length).toBeGreaterThan(0)
  for (const { score } of lti.platform.received.scores) {
    expect(score).toMatchObject({ activityProgress: 'Completed', gradingProgress: 'FullyGraded' })
  }
})
