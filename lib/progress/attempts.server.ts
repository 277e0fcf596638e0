import { z } from 'zod'
import { db, Prisma } from '@/lib/db/client.server'
import { findNode, nextState } from '@/lib/engine/moves'
import { type PathStep, replayPath, scorePath } from '@/lib/engine/path'
import { isBehaald } from '@/lib/engine/scoring'
import { queueGradeUpdates } from '@/lib/lti/grades.server'
import { countMove } from '@/lib/observability/metrics.server'
import { moveStatement } from '@/lib/progress/move-statement.server'
import { noteStarted, rollupsForMove } from '@/lib/progress/rollup.server'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import {
  launchedStatements,
  recordStatements,
  statementSubject,
  statementsCte,
  statementsForMove,
  xapiEnabled,
} from '@/lib/xapi/record.server'

// The one entry point through which a learner's moves are recorded. It checks each move against the dilemma's graph
// from the attempt's current scene (the client is never trusted), appends one event and updates the attempt in one
// transaction. The client sends the step number it is answering, so a repeated submit is a no-op.

export type PlayableDilemma = { caseId: string; dilemmaId: string; contentHash: string; graph: DilemmaGraph }

export const moveSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('choice'),
    step: z.coerce.number().int().min(1).max(10_000),
    choiceId: z.string().min(1).max(100),
  }),
  z.object({ kind: z.literal('back'), step: z.coerce.number().int().min(1).max(10_000) }),
])
export type Move = z.infer<typeof moveSchema>

export type MoveErrorCode = 'not-found' | 'stale-step' | 'attempt-ended' | 'illegal-move' | 'content-changed'

export class MoveError extends Error {
  constructor(
    readonly code: MoveErrorCode,
    message: string,
  ) {
    super(message)
  }
  get status() {
    return this.code === 'not-found' ? 404 : this.code === 'illegal-move' ? 422 : 409
  }
}

export type AttemptState = {
  attemptId: string
  step: number
  status: 'in_progress' | 'completed' | 'abandoned'
  scene: string
  flags: string[]
  score: number | null
  path: PathStep[]
  /** True when this exact step had been recorded before: nothing was written. */
  duplicate: boolean
}

type EventRow = { step: number; kind: string; fromScene: string; choiceId: string | null }

function stateOf(
  attempt: { id: string; step: number; status: AttemptState['status']; score: number | null },
  graph: DilemmaGraph,
  events: EventRow[],
  duplicate = false,
): AttemptState {
  const path = replayPath(graph, events)
  const top = path[path.length - 1] as PathStep
  return {
    attemptId: attempt.id,
    step: attempt.step,
    status: attempt.status,
    scene: top.scene,
    flags: top.flags,
    score: attempt.score,
    path,
    duplicate,
  }
}

const eventSelect = { step: true, kind: true, fromScene: true, choiceId: true } as const

/** The learner's state in an attempt, or null when the attempt is not theirs. */
export async function loadAttempt(userId: string, attemptId: string, dilemma: PlayableDilemma) {
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId, dilemmaId: dilemma.dilemmaId, caseId: dilemma.caseId },
    include: { events: { select: eventSelect, orderBy: { step: 'asc' } } },
  })
  if (!attempt) return null
  return stateOf(attempt, dilemma.graph, attempt.events)
}

/**
 * The attempt the player should show: the newest one for this dilemma. An unfinished attempt on older content is
 * abandoned (its scene may no longer exist); the learner then starts afresh. Returns null when there is none.
 */
export async function currentAttempt(userId: string, dilemma: PlayableDilemma) {
  const latest = await db().attempt.findFirst({
    where: { userId, caseId: dilemma.caseId, dilemmaId: dilemma.dilemmaId, status: { not: 'abandoned' } },
    orderBy: { startedAt: 'desc' },
    select: { id: true, status: true, contentHash: true },
  })
  if (!latest) return null
  if (latest.status === 'in_progress' && latest.contentHash !== dilemma.contentHash) {
    await db().attempt.update({ where: { id: latest.id }, data: { status: 'abandoned' } })
    return null
  }
  return loadAttempt(userId, latest.id, dilemma)
}

/** Starts a new attempt; an unfinished one for the same dilemma is abandoned, so there is one at a time. */
export async function startAttempt(userId: string, dilemma: PlayableDilemma) {
  const attempt = await db().$transaction(async (tx) => {
    await tx.attempt.updateMany({
      where: { userId, caseId: dilemma.caseId, dilemmaId: dilemma.dilemmaId, status: 'in_progress' },
      data: { status: 'abandoned' },
    })
    const created = await tx.attempt.create({
      data: {
        userId,
        caseId: dilemma.caseId,
        dilemmaId: dilemma.dilemmaId,
        contentHash: dilemma.contentHash,
        currentScene: dilemma.graph.start,
      },
    })
    await noteStarted(tx, userId, dilemma, created.startedAt)
    await recordStatements(tx, userId, launchedStatements(userId, created.id, dilemma))
    return created
  })
  return stateOf(attempt, dilemma.graph, [])
}

type StoredAttempt = {
  id: string
  step: number
  status: AttemptState['status']
  score: number | null
  contentHash: string
  events: EventRow[]
}

/** The attempt and its event log in one round trip, or null when it is not this learner's attempt at this dilemma. */
async function readAttempt(userId: string, attemptId: string, dilemma: PlayableDilemma) {
  const [row] = await db().$queryRaw<StoredAttempt[]>`
    SELECT a."id", a."step", a."status"::text AS "status", a."score", a."contentHash",
      COALESCE((
        SELECT json_agg(json_build_object('step', e."step", 'kind', e."kind", 'fromScene', e."fromScene",
                                          'choiceId', e."choiceId") ORDER BY e."step")
        FROM "ChoiceEvent" e WHERE e."attemptId" = a."id"), '[]'::json) AS "events"
    FROM "Attempt" a
    WHERE a."id" = ${attemptId} AND a."userId" = ${userId}
      AND a."caseId" = ${dilemma.caseId} AND a."dilemmaId" = ${dilemma.dilemmaId}`
  return row ?? null
}

type PlannedMove = {
  step: number
  event: ReturnType<typeof legalEvent>
  after: AttemptState
  ended: boolean
  /** The outcome of the ending reached, when the move ends the attempt. */
  outcome: string | null
}

/** Judges a move against the attempt as stored: a repeat of a recorded step, a refusal, or the write to make. */
function planMove(
  attempt: StoredAttempt,
  dilemma: PlayableDilemma,
  move: Move,
): { repeat: AttemptState } | { write: PlannedMove } {
  if (attempt.contentHash !== dilemma.contentHash) {
    throw new MoveError('content-changed', 'Dit dilemma is bijgewerkt. Begin opnieuw.')
  }
  if (move.step <= attempt.step) {
    const earlier = attempt.events.find((e) => e.step === move.step)
    const same = earlier?.kind === move.kind && (move.kind === 'back' || earlier.choiceId === move.choiceId)
    if (same) return { repeat: stateOf(attempt, dilemma.graph, attempt.events, true) }
    throw new MoveError('stale-step', 'Deze stap is al gezet. De pagina is bijgewerkt.')
  }
  if (move.step !== attempt.step + 1) throw new MoveError('stale-step', 'Deze stap past niet bij de huidige situatie.')
  if (attempt.status !== 'in_progress') throw new MoveError('attempt-ended', 'Deze poging is al afgerond.')

  const event = legalEvent(dilemma.graph, replayPath(dilemma.graph, attempt.events), move)
  const events = [...attempt.events, { step: move.step, ...event }]
  const path = replayPath(dilemma.graph, events)
  const top = path[path.length - 1] as PathStep
  const node = findNode(dilemma.graph, top.scene)
  const ended = node?.kind === 'ending'
  const outcome = node?.kind === 'ending' ? node.outcome : null
  const score = scorePath(path)
  const status = ended ? 'completed' : 'in_progress'
  const after = stateOf({ id: attempt.id, step: move.step, status, score }, dilemma.graph, events)
  return { write: { step: move.step, event, after, ended, outcome } }
}

/**
 * Writes a planned move in one statement (move-statement.server.ts), so it is atomic without a transaction held open
 * across round trips; the report rollups and xAPI statements ride along as fragments of it. Returns false when the
 * attempt had moved on in the meantime.
 */
async function writeMove(userId: string, attemptId: string, dilemma: PlayableDilemma, plan: PlannedMove) {
  const { event, after, ended, outcome } = plan
  const answer =
    event.kind === 'choice' && event.choiceId
      ? { sceneId: event.fromScene, choiceId: event.choiceId, quality: event.quality }
      : null
  const completion = ended ? { score: after.score, outcome } : null
  const statements = xapiEnabled()
    ? statementsForMove(
        statementSubject(userId, attemptId, dilemma),
        dilemma.graph,
        event,
        completion ? { score: completion.score, behaald: isBehaald(outcome, completion.score) } : null,
      )
    : []
  const statement = moveStatement(
    {
      userId,
      attemptId,
      step: plan.step,
      scene: after.scene,
      flags: after.flags,
      score: after.score,
      status: ended ? 'completed' : 'in_progress',
      outcome,
      ended,
      event,
    },
    [...rollupsForMove(userId, dilemma, { answer, completed: completion }), ...statementsCte(userId, statements)],
  )
  const [result] = await db().$queryRaw<{ moved: number }[]>(statement)
  return (result?.moved ?? 0) > 0
}

export async function recordMove(userId: string, attemptId: string, dilemma: PlayableDilemma, input: unknown) {
  const parsed = moveSchema.safeParse(input)
  if (!parsed.success) throw new MoveError('illegal-move', 'Deze keuze is niet geldig.')
  // Two rounds at most: when a concurrent submit moved the attempt between our read and our write, the move is
  // judged again against the fresh state (a repeat of the same step, or stale).
  for (let round = 0; round < 2; round++) {
    const attempt = await readAttempt(userId, attemptId, dilemma)
    if (!attempt) throw new MoveError('not-found', 'Deze poging bestaat niet.')
    const plan = planMove(attempt, dilemma, parsed.data)
    if ('repeat' in plan) return plan.repeat
    try {
      if (await writeMove(userId, attemptId, dilemma, plan.write)) {
        countMove()
        if (plan.write.ended) await queueGrades(userId, dilemma.caseId)
        return plan.write.after
      }
    } catch (error) {
      // The unique (attempt, step) key is the last line of defence against a double event; judge again.
      if (!isUniqueViolation(error)) throw error
    }
  }
  throw new MoveError('stale-step', 'Deze stap past niet bij de huidige situatie.')
}

/**
 * Scores for the learner's LMS gradebooks (LTI AGS). After the move is durable and outside its statement: the score
 * is derived from the rollups, so a score missed here is sent with the learner's next completion; the move stands.
 */
async function queueGrades(userId: string, caseId: string) {
  try {
    await queueGradeUpdates(userId, caseId)
  } catch (error) {
    console.error('[lti] could not queue grade updates:', error instanceof Error ? error.message : error)
  }
}

function isUniqueViolation(error: unknown) {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false
  return error.code === 'P2002' || (error.code === 'P2010' && JSON.stringify(error.meta ?? {}).includes('23505'))
}

function legalEvent(graph: DilemmaGraph, path: PathStep[], move: Move) {
  const current = path[path.length - 1] as PathStep
  if (move.kind === 'back') {
    const previous = path[path.length - 2]
    if (!previous) throw new MoveError('illegal-move', 'Je bent al bij het begin.')
    return { kind: 'back', fromScene: current.scene, toScene: previous.scene, choiceId: null, quality: null }
  }
  const result = nextState(graph, current, move.choiceId)
  if (!result.ok) throw new MoveError('illegal-move', 'Deze keuze hoort niet bij de situatie waarin je nu bent.')
  return {
    kind: 'choice',
    fromScene: current.scene,
    toScene: result.scene,
    choiceId: move.choiceId,
    quality: result.quality ?? null,
  }
}
