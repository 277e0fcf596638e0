import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { currentAttempt, MoveError, recordMove, startAttempt } from '@/lib/progress/attempts.server'
import { createUser } from '@/lib/seed/factories'
import { testDilemma } from '../support/dilemma'

async function learnerWithAttempt() {
  const user = await createUser(db())
  const attempt = await startAttempt(user.id, testDilemma)
  return { user, attempt }
}

const events = (attemptId: string) => db().choiceEvent.findMany({ where: { attemptId }, orderBy: { step: 'asc' } })

test('a legal choice appends one event and moves the attempt, with flags', async () => {
  const { user, attempt } = await learnerWithAttempt()
  const state = await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 1, choiceId: 'a' })
  expect(state).toMatchObject({ scene: 'check', flags: ['open'], step: 1, status: 'in_progress', duplicate: false })
  expect(await events(attempt.attemptId)).toEqual([
    expect.objectContaining({
      step: 1,
      kind: 'choice',
      fromScene: 'start',
      toScene: 'check',
      choiceId: 'a',
      quality: 'passend',
    }),
  ])
  const row = await db().attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } })
  expect(row).toMatchObject({ currentScene: 'check', flags: ['open'], step: 1, contentHash: 'hash-v1' })
})

test('illegal moves are refused with a typed error and write nothing', async () => {
  const { user, attempt } = await learnerWithAttempt()
  const refused = async (input: unknown) => {
    const error = await recordMove(user.id, attempt.attemptId, testDilemma, input).catch((e) => e)
    expect(error).toBeInstanceOf(MoveError)
    return error as MoveError
  }
  // A choice of another scene, a choice that does not exist, a choice ruled out by its flag, bad input.
  expect((await refused({ kind: 'choice', step: 1, choiceId: 'meld' })).code).toBe('illegal-move')
  expect((await refused({ kind: 'choice', step: 1, choiceId: 'bestaat-niet' })).code).toBe('illegal-move')
  expect((await refused({ kind: 'back', step: 1 })).code).toBe('illegal-move')
  expect((await refused({ kind: 'choice', step: 'x' })).status).toBe(422)
  expect((await refused({ kind: 'choice', step: 5, choiceId: 'a' })).code).toBe('stale-step')
  await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 1, choiceId: 'b' })
  expect((await refused({ kind: 'choice', step: 2, choiceId: 'meld' })).code).toBe('illegal-move') // "open" not set
  expect(await events(attempt.attemptId)).toHaveLength(1)
})

test('another learner cannot move in my attempt', async () => {
  const { attempt } = await learnerWithAttempt()
  const other = await createUser(db())
  const error = await recordMove(other.id, attempt.attemptId, testDilemma, {
    kind: 'choice',
    step: 1,
    choiceId: 'a',
  }).catch((e) => e)
  expect(error).toMatchObject({ code: 'not-found', status: 404 })
  expect(await events(attempt.attemptId)).toHaveLength(0)
})

test('a double submit of the same step is a no-op that returns the same state', async () => {
  const { user, attempt } = await learnerWithAttempt()
  const move = { kind: 'choice', step: 1, choiceId: 'a' }
  const first = await recordMove(user.id, attempt.attemptId, testDilemma, move)
  const again = await recordMove(user.id, attempt.attemptId, testDilemma, move)
  expect(again).toMatchObject({ scene: first.scene, step: first.step, flags: first.flags, duplicate: true })
  expect(await events(attempt.attemptId)).toHaveLength(1)
  // The same step with a different choice is a conflict, not a silent overwrite.
  const conflict = await recordMove(user.id, attempt.attemptId, testDilemma, {
    kind: 'choice',
    step: 1,
    choiceId: 'b',
  }).catch((e) => e)
  expect(conflict).toMatchObject({ code: 'stale-step', status: 409 })
})

test('concurrent submits of the same step record exactly one event', async () => {
  const { user, attempt } = await learnerWithAttempt()
  const move = { kind: 'choice', step: 1, choiceId: 'a' }
  const results = await Promise.all(
    Array.from({ length: 5 }, () => recordMove(user.id, attempt.attemptId, testDilemma, move)),
  )
  expect(results.filter((r) => !r.duplicate)).toHaveLength(1)
  expect(new Set(results.map((r) => r.scene))).toEqual(new Set(['check']))
  expect(await events(attempt.attemptId)).toHaveLength(1)
})

test('concurrent submits of different choices for one step: one wins, the others get a conflict', async () => {
  const { user, attempt } = await learnerWithAttempt()
  const results = await Promise.allSettled(
    ['a', 'b', 'a', 'b'].map((choiceId) =>
      recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 1, choiceId }),
    ),
  )
  const written = results.flatMap((r) => (r.status === 'fulfilled' && !r.value.duplicate ? [r.value] : []))
  expect(written).toHaveLength(1)
  const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []))
  for (const error of refused) expect(error).toMatchObject({ code: 'stale-step', status: 409 })
  const logged = await events(attempt.attemptId)
  expect(logged).toHaveLength(1)
  // The attempt row agrees with the one event that was written.
  const row = await db().attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } })
  expect(row).toMatchObject({ step: 1, currentScene: written[0]?.scene })
})

test('"terug" returns to the previous scene with its flags, and the history is kept', async () => {
  const { user, attempt } = await learnerWithAttempt()
  await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 1, choiceId: 'a' })
  const back = await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'back', step: 2 })
  expect(back).toMatchObject({ scene: 'start', flags: [], step: 2 })
  const other = await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 3, choiceId: 'b' })
  expect(other).toMatchObject({ scene: 'check', flags: [] })
  expect((await events(attempt.attemptId)).map((e) => e.kind)).toEqual(['choice', 'back', 'choice'])
})

test('reaching an ending completes the attempt with the score of the path taken; then no more moves', async () => {
  const { user, attempt } = await learnerWithAttempt()
  await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 1, choiceId: 'a' })
  const end = await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 2, choiceId: 'meld' })
  expect(end).toMatchObject({ scene: 'goed', status: 'completed', score: 100 })
  const row = await db().attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } })
  expect(row.completedAt).not.toBeNull()
  const after = await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'back', step: 3 }).catch((e) => e)
  expect(after).toMatchObject({ code: 'attempt-ended' })
})

test('resume: the current attempt comes back at the recorded scene; changed content starts afresh', async () => {
  const { user, attempt } = await learnerWithAttempt()
  await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 1, choiceId: 'b' })
  const resumed = await currentAttempt(user.id, testDilemma)
  expect(resumed).toMatchObject({ attemptId: attempt.attemptId, scene: 'check', step: 1 })

  const changed = { ...testDilemma, contentHash: 'hash-v2' }
  expect(await currentAttempt(user.id, changed)).toBeNull()
  const old = await db().attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } })
  expect(old.status).toBe('abandoned')
  expect(await events(attempt.attemptId)).toHaveLength(1) // nothing recorded is lost
})

test('a new attempt ("opnieuw spelen") replaces the unfinished one; the finished one stays', async () => {
  const { user, attempt } = await learnerWithAttempt()
  await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 1, choiceId: 'b' })
  await recordMove(user.id, attempt.attemptId, testDilemma, { kind: 'choice', step: 2, choiceId: 'wacht' })
  const again = await startAttempt(user.id, testDilemma)
  expect(again.attemptId).not.toBe(attempt.attemptId)
  expect(await db().attempt.count({ where: { userId: user.id, status: 'completed' } })).toBe(1)
  expect((await currentAttempt(user.id, testDilemma))?.attemptId).toBe(again.attemptId)
})
