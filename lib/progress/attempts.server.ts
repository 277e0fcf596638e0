import { z } from 'zod'
import { db, Prisma } from '@/lib/db/client.server'
import { noteAnswer, noteCompleted, noteStarted } from '@/lib/reports/rollup.server'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { findNode, nextState } from '@/lib/scenarios/moves'
import { type PathStep, replayPath, scorePath } from './path'

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
    where: { id: attemptId, userId, scenarioId: dilemma.dilemmaId, caseId: dilemma.caseId },
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
    where: { userId, caseId: dilemma.caseId, scenarioId: dilemma.dilemmaId, status: { not: 'abandoned' } },
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
      where: { userId, caseId: dilemma.caseId, scenarioId: dilemma.dilemmaId, status: 'in_progress' },
      data: { status: 'abandoned' },
    })
    const created = await tx.attempt.create({
      data: {
        userId,
        caseId: dilemma.caseId,
        scenarioId: dilemma.dilemmaId,
        contentHash: dilemma.contentHash,
        currentScene: dilemma.graph.start,
      },
    })
    await noteStarted(tx, userId, dilemma, created.startedAt)
    return created
  })
  return stateOf(attempt, dilemma.graph, [])
}

export async function recordMove(userId: string, attemptId: string, dilemma: PlayableDilemma, input: unknown) {
  const parsed = moveSchema.safeParse(input)
  if (!parsed.success) throw new MoveError('illegal-move', 'Deze keuze is niet geldig.')
  const move = parsed.data
  try {
    return await db().$transaction(async (tx) => {
      // Lock the attempt row: concurrent submits of the same step are serialised here.
      await tx.$queryRaw`select id from "Attempt" where id = ${attemptId} for update`
      const attempt = await tx.attempt.findFirst({
        where: { id: attemptId, userId, caseId: dilemma.caseId, scenarioId: dilemma.dilemmaId },
        include: { events: { select: eventSelect, orderBy: { step: 'asc' } } },
      })
      if (!attempt) throw new MoveError('not-found', 'Deze poging bestaat niet.')
      if (attempt.contentHash !== dilemma.contentHash) {
        throw new MoveError('content-changed', 'Dit dilemma is bijgewerkt. Begin opnieuw.')
      }
      if (move.step <= attempt.step) {
        const earlier = attempt.events.find((e) => e.step === move.step)
        const same = earlier?.kind === move.kind && (move.kind === 'back' || earlier.choiceId === move.choiceId)
        if (same) return stateOf(attempt, dilemma.graph, attempt.events, true)
        throw new MoveError('stale-step', 'Deze stap is al gezet. De pagina is bijgewerkt.')
      }
      if (move.step !== attempt.step + 1)
        throw new MoveError('stale-step', 'Deze stap past niet bij de huidige situatie.')
      if (attempt.status !== 'in_progress') throw new MoveError('attempt-ended', 'Deze poging is al afgerond.')

      const event = legalEvent(dilemma.graph, replayPath(dilemma.graph, attempt.events), move)
      const events = [...attempt.events, { step: move.step, ...event }]
      const after = replayPath(dilemma.graph, events)
      const top = after[after.length - 1] as PathStep
      const ended = findNode(dilemma.graph, top.scene)?.kind === 'ending'
      const score = scorePath(after)

      const recorded = await tx.choiceEvent.create({ data: { attemptId, step: move.step, ...event } })
      await noteStarted(tx, userId, dilemma, attempt.startedAt)
      if (event.kind === 'choice' && event.choiceId) {
        const answer = { sceneId: event.fromScene, choiceId: event.choiceId, quality: event.quality }
        await noteAnswer(tx, userId, dilemma, answer, recorded.createdAt)
      }
      if (ended) await noteCompleted(tx, userId, dilemma, score, recorded.createdAt)
      const updated = await tx.attempt.update({
        where: { id: attemptId },
        data: {
          step: move.step,
          currentScene: top.scene,
          flags: top.flags,
          score,
          ...(ended ? { status: 'completed', completedAt: new Date() } : {}),
        },
      })
      return stateOf(updated, dilemma.graph, events)
    })
  } catch (error) {
    // A concurrent submit of the same step lost the race on the unique (attempt, step) key: answer with the state.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const state = await loadAttempt(userId, attemptId, dilemma)
      if (state) return { ...state, duplicate: true }
    }
    throw error
  }
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
