import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { organisationsWith } from '@/lib/auth/permissions'
import type { CurrentUser } from '@/lib/auth/session.server'
import type { ManagedClass } from '@/lib/classes/access.server'
import { type Client, db, Prisma } from '@/lib/db/client.server'
import { findNode, nextState } from '@/lib/engine/moves'
import type { FormResult } from '@/lib/forms/result'
import type { CatalogDilemma } from '@/lib/scenarios/catalog'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { liveBus } from './bus.server'
import { generateLiveCode } from './code'
import { endSession } from './retention'
import { LIVE_SPLIT_MINIMUM, type LivePhase, type LiveSnapshot, liveChoices, majority, visibleSplit } from './view'

// A live session's state changes: start, vote, close, reveal, show feedback, move on, end. Every change bumps the
// session's version and publishes the new snapshot on the bus (bus.server.ts), so every screen follows.

export type LiveSessionRow = Prisma.LiveSessionGetPayload<object>

const dilemmaRefSchema = z.object({
  dilemma: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Kies een dilemma.')
    .max(200),
})

async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(generateLiveCode())
    } catch (error) {
      const collision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
      if (!collision || attempt >= 4) throw error
    }
  }
}

/**
 * Starts a session of a dilemma, for a class (already passed requireClass) or without one (the docent's own
 * organisation where they may create classes).
 */
export async function startLiveSession(
  user: CurrentUser,
  group: ManagedClass | null,
  input: unknown,
): Promise<FormResult & { sessionId?: string }> {
  const parsed = dilemmaRefSchema.safeParse(input)
  if (!parsed.success) return { ok: false, fieldErrors: { dilemma: 'Kies een dilemma.' } }
  const [caseId, dilemmaId] = parsed.data.dilemma.split('/') as [string, string]
  const dilemma = getDilemma(caseId, dilemmaId)
  if (!dilemma) return { ok: false, fieldErrors: { dilemma: 'Dit dilemma bestaat niet (meer).' } }
  if (group?.archivedAt) return { ok: false, message: 'Deze klas is gearchiveerd.' }
  const organisationId = group?.organisationId ?? organisationsWith(user.memberships, 'manage:group:org')[0]
  if (!organisationId) return { ok: false, message: 'Je mag geen klassikale sessies starten.' }
  const session = await withFreshCode((joinCode) =>
    db().liveSession.create({
      data: {
        organisationId,
        groupId: group?.id ?? null,
        docentId: user.id,
        caseId,
        dilemmaId,
        contentHash: dilemma.contentHash,
        joinCode,
        seed: randomBytes(16).toString('hex'),
        sceneId: dilemma.graph.start,
      },
      select: { id: true },
    }),
  )
  return { ok: true, sessionId: session.id }
}

async function stepCounts(client: Client, sessionId: string, step: number) {
  const rows = await client.liveVote.groupBy({ by: ['choiceId'], where: { sessionId, step }, _count: { _all: true } })
  return rows.map((row) => ({ choiceId: row.choiceId, count: row._count._all }))
}

export function dilemmaOf(session: Pick<LiveSessionRow, 'caseId' | 'dilemmaId'>): CatalogDilemma | undefined {
  return getDilemma(session.caseId, session.dilemmaId)
}

/** The snapshot every screen gets: sent whole on connect and after every change. */
export async function liveSnapshot(session: LiveSessionRow, client: Client = db()): Promise<LiveSnapshot> {
  const counts = session.phase === 'ended' ? [] : await stepCounts(client, session.id, session.step)
  const dilemma = dilemmaOf(session)
  const node = dilemma ? findNode(dilemma.graph, session.sceneId) : undefined
  return {
    version: session.version,
    step: session.step,
    sceneId: session.sceneId,
    phase: session.phase,
    atEnding: node?.kind === 'ending',
    votes: counts.reduce((sum, c) => sum + c.count, 0),
    split: visibleSplit(session.phase, counts),
    feedbackChoiceId: session.feedbackChoiceId,
  }
}

async function publishState(session: LiveSessionRow) {
  await liveBus().publish({ type: 'state', sessionId: session.id, snapshot: await liveSnapshot(session) })
}

export type VoteResult =
  | { ok: true; votes: number }
  | { ok: false; status: number; error: 'closed' | 'stale-step' | 'not-offered' | 'not-found'; message: string }

/**
 * The choices on offer at a session's step, kept per process: a step's scene never changes, so the cache cannot go
 * stale, and a burst of votes does not read the session row once per vote.
 */
const offeredAtStep = new Map<string, { step: number; ids: Set<string> }>()

async function offeredIds(sessionId: string, step: number): Promise<Set<string> | null> {
  const cached = offeredAtStep.get(sessionId)
  if (cached?.step === step) return cached.ids
  const session = await db().liveSession.findUnique({ where: { id: sessionId } })
  if (!session || session.step !== step) return null
  const dilemma = dilemmaOf(session)
  const ids = new Set(
    dilemma ? liveChoices(dilemma.graph, session.seed, session.sceneId, session.flags).map((c) => c.id) : [],
  )
  if (offeredAtStep.size > 1000) offeredAtStep.clear()
  offeredAtStep.set(sessionId, { step, ids })
  return ids
}

/**
 * Vote counts for the projector, coalesced per session: a burst of 200 votes sends a handful of count events (each a
 * fresh count) instead of 200, at most COUNT_INTERVAL_MS late. A vote never writes the session row: many votes
 * hold it FOR SHARE at once, and one writer among them would queue every vote behind it. The retention job reads
 * activity from the votes' own timestamps instead.
 */
const COUNT_INTERVAL_MS = 50
const pendingCounts = new Map<string, number>()

function scheduleCount(sessionId: string, step: number) {
  if (pendingCounts.has(sessionId)) return
  pendingCounts.set(sessionId, step)
  setTimeout(() => {
    pendingCounts.delete(sessionId)
    void db()
      .liveVote.count({ where: { sessionId, step } })
      .then((votes) => liveBus().publish({ type: 'count', sessionId, step, votes }))
      .catch(() => {})
  }, COUNT_INTERVAL_MS)
}

/**
 * A participant's vote at a step: inserted, or changed when they voted there before (one row per participant and
 * step, so a retry after a dropped connection or a second instance never counts twice). One statement: it locks the
 * session row FOR SHARE and writes only while that step is open, so closing (which locks it FOR UPDATE) waits for
 * votes in flight and no vote slips in after it.
 */
export async function castVote(
  participantId: string,
  sessionId: string,
  step: number,
  choiceId: string,
): Promise<VoteResult> {
  const offered = await offeredIds(sessionId, step)
  if (offered && !offered.has(choiceId)) {
    return { ok: false, status: 422, error: 'not-offered', message: 'Die keuze hoort niet bij deze vraag.' }
  }
  const [row] = offered
    ? await db().$queryRaw<{ written: number; inserted: number; before: number }[]>`
        WITH open AS (
          SELECT 1 FROM "LiveSession" WHERE "id" = ${sessionId} AND "phase" = 'voting' AND "step" = ${step} FOR SHARE
        ), written AS (
          INSERT INTO "LiveVote" ("participantId", "sessionId", "step", "choiceId", "updatedAt")
          SELECT ${participantId}, ${sessionId}, ${step}, ${choiceId}, now() FROM open
          ON CONFLICT ("participantId", "step") DO UPDATE SET "choiceId" = EXCLUDED."choiceId", "updatedAt" = now()
          RETURNING (xmax = 0) AS inserted
        )
        SELECT (SELECT count(*) FROM written)::int AS written,
          (SELECT count(*) FROM written WHERE inserted)::int AS inserted,
          (SELECT count(*) FROM "LiveVote" WHERE "sessionId" = ${sessionId} AND "step" = ${step})::int AS before`
    : []
  if (!row || row.written === 0) {
    const session = await db().liveSession.findUnique({ where: { id: sessionId }, select: { step: true } })
    if (!session) return { ok: false, status: 404, error: 'not-found', message: 'Deze sessie bestaat niet.' }
    return session.step !== step
      ? { ok: false, status: 409, error: 'stale-step', message: 'De sessie is al verder. Je ziet nu de nieuwe vraag.' }
      : { ok: false, status: 409, error: 'closed', message: 'Het stemmen is gesloten.' }
  }
  scheduleCount(sessionId, step)
  return { ok: true, votes: row.before + row.inserted }
}

export const controlSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('close') }),
  z.object({ action: z.literal('reveal') }),
  z.object({ action: z.literal('feedback'), choiceId: z.string().min(1).max(100).nullable() }),
  z.object({ action: z.literal('next'), choiceId: z.string().min(1).max(100).optional() }),
  z.object({ action: z.literal('end') }),
])
export type ControlInput = z.infer<typeof controlSchema>

export type ControlResult =
  | { ok: true; snapshot: LiveSnapshot }
  | { ok: false; status: number; error: string; message: string }

type Refusal = { ok: false; status: number; error: string; message: string }
const refuse = (status: number, error: string, message: string): Refusal => ({ ok: false, status, error, message })

/** Writes the aggregate of a closed step, only when enough voted; a step is aggregated once. */
async function keepAggregate(tx: Client | Prisma.TransactionClient, session: LiveSessionRow) {
  const counts = await stepCounts(tx as Client, session.id, session.step)
  const total = counts.reduce((sum, c) => sum + c.count, 0)
  if (total < LIVE_SPLIT_MINIMUM) return
  await tx.liveAggregate.createMany({
    data: counts.map((c) => ({ sessionId: session.id, step: session.step, sceneId: session.sceneId, ...c })),
    skipDuplicates: true,
  })
}

/** The docent's controls. The session row is locked for the change, so two clicks (or two tabs) apply one by one. */
export async function controlSession(sessionId: string, input: ControlInput): Promise<ControlResult> {
  const outcome = await db().$transaction(async (tx): Promise<Refusal | { ok: true; session: LiveSessionRow }> => {
    const [locked] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "LiveSession" WHERE "id" = ${sessionId} FOR UPDATE`
    if (!locked) return refuse(404, 'not-found', 'Deze sessie bestaat niet.')
    const session = await tx.liveSession.findUniqueOrThrow({ where: { id: sessionId } })
    if (session.phase === 'ended') return refuse(409, 'ended', 'Deze sessie is al afgelopen.')
    const dilemma = dilemmaOf(session)
    if (!dilemma) return refuse(409, 'content-gone', 'Dit dilemma bestaat niet meer.')
    const atEnding = findNode(dilemma.graph, session.sceneId)?.kind === 'ending'
    const offered = liveChoices(dilemma.graph, session.seed, session.sceneId, session.flags)
    const bump = { version: { increment: 1 }, lastActivityAt: new Date() }
    const update = (data: Prisma.LiveSessionUpdateInput) =>
      tx.liveSession.update({ where: { id: sessionId }, data: { ...data, ...bump } })

    switch (input.action) {
      case 'close':
      case 'reveal': {
        if (atEnding) return refuse(409, 'at-ending', 'Bij het einde valt niets te stemmen.')
        const phase: LivePhase = input.action === 'close' ? 'closed' : 'revealed'
        if (session.phase === 'voting') await keepAggregate(tx, session)
        if (input.action === 'close' && session.phase !== 'voting') return { ok: true as const, session }
        return { ok: true as const, session: await update({ phase }) }
      }
      case 'feedback': {
        if (input.choiceId !== null && !offered.some((c) => c.id === input.choiceId)) {
          return refuse(422, 'not-offered', 'Die keuze hoort niet bij deze vraag.')
        }
        if (session.phase === 'voting') await keepAggregate(tx, session)
        const phase = session.phase === 'voting' ? 'closed' : session.phase
        return { ok: true as const, session: await update({ feedbackChoiceId: input.choiceId, phase }) }
      }
      case 'next': {
        if (atEnding) return refuse(409, 'at-ending', 'Dit is het einde van het dilemma. Beëindig de sessie.')
        if (session.phase === 'voting') await keepAggregate(tx, session)
        let choiceId = input.choiceId
        if (!choiceId) {
          const counts = await stepCounts(tx as unknown as Client, session.id, session.step)
          const top = majority(counts)
          if (top.kind === 'tie')
            return refuse(409, 'tie', 'Gelijke stand. Kies zelf met welke keuze jullie verdergaan.')
          if (top.kind === 'none')
            return refuse(409, 'no-votes', 'Er is nog niet gestemd. Kies zelf met welke keuze jullie verdergaan.')
          choiceId = top.choiceId
        }
        if (!offered.some((c) => c.id === choiceId))
          return refuse(422, 'not-offered', 'Die keuze hoort niet bij deze vraag.')
        const move = nextState(dilemma.graph, { scene: session.sceneId, flags: session.flags }, choiceId)
        if (!move.ok) return refuse(422, 'illegal-move', 'Die keuze past niet bij deze situatie.')
        return {
          ok: true as const,
          session: await update({
            step: { increment: 1 },
            sceneId: move.scene,
            flags: move.flags,
            phase: move.ended ? 'closed' : 'voting',
            feedbackChoiceId: null,
          }),
        }
      }
      case 'end':
        if (session.phase === 'voting') await keepAggregate(tx, session)
        return { ok: true as const, session: await endSession(tx, sessionId) }
    }
  })
  if (!outcome.ok) return outcome
  await publishState(outcome.session)
  return { ok: true, snapshot: await liveSnapshot(outcome.session) }
}
