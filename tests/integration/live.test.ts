import { randomBytes } from 'node:crypto'
import { beforeAll, expect, test } from 'vitest'
import type { CurrentUser } from '@/lib/auth/session.server'
import { db } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { liveBus } from '@/lib/live/bus.server'
import { endInactiveLiveSessions } from '@/lib/live/retention'
import { castVote, controlSession, startLiveSession } from '@/lib/live/sessions.server'
import { liveEventStream } from '@/lib/live/stream.server'
import { liveChoices } from '@/lib/live/view'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { createOrganisation, createUser } from '@/lib/seed/factories'

// Live sessions on both databases, as the app runs them: on PostgreSQL the events go through LISTEN/NOTIFY (the bus the
// app picks when the database serves more than one connection), on the embedded database through the in-process bus
// (one instance, one connection).

const dilemma = getDilemma('kramer', 'huisarts')
if (!dilemma) throw new Error('kramer/huisarts is needed')

let docent: CurrentUser

beforeAll(async () => {
  const org = await createOrganisation(db(), { kind: 'hogeschool' })
  const user = await createUser(db(), { role: 'docent', organisationId: org.id })
  docent = {
    id: user.id,
    name: user.name,
    email: user.email,
    memberships: [{ organisationId: org.id, organisationName: org.name, role: 'docent' }],
  }
  expect(liveBus().kind).toBe(env().DATABASE_POOL_MAX > 1 ? 'postgres' : 'memory')
})

/** A session at its first decision point with more than one choice, and `count` participants. */
async function sessionAtDecisionPoint(count: number) {
  const started = await startLiveSession(docent, null, { dilemma: 'kramer/huisarts' })
  const sessionId = started.ok ? (started.sessionId as string) : ''
  expect(sessionId).not.toBe('')
  for (let i = 0; i < 5; i++) {
    const session = await db().liveSession.findUniqueOrThrow({ where: { id: sessionId } })
    const choices = liveChoices(
      dilemma?.graph ?? { start: '', nodes: [] },
      session.seed,
      session.sceneId,
      session.flags,
    )
    if (choices.length > 1) break
    const moved = await controlSession(sessionId, { action: 'next', choiceId: choices[0]?.id })
    expect(moved.ok).toBe(true)
  }
  const session = await db().liveSession.findUniqueOrThrow({ where: { id: sessionId } })
  const choices = liveChoices(dilemma?.graph ?? { start: '', nodes: [] }, session.seed, session.sceneId, session.flags)
  const participants = await Promise.all(
    Array.from({ length: count }, () =>
      db().liveParticipant.create({ data: { sessionId, tokenHash: randomBytes(16).toString('hex') } }),
    ),
  )
  return { session, choices, participants: participants.map((p) => p.id) }
}

type Frame = { event: string; data: Record<string, unknown>; id?: string }

/** Reads SSE frames from a stream as they come. */
function reader(response: Response) {
  const body = response.body?.getReader()
  if (!body) throw new Error('no body')
  const decoder = new TextDecoder()
  let buffer = ''
  const frames: Frame[] = []
  const pump = (async () => {
    for (;;) {
      const { done, value } = await body.read()
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const lines = block.split('\n')
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7)
        const data = lines.find((l) => l.startsWith('data: '))?.slice(6)
        const id = lines.find((l) => l.startsWith('id: '))?.slice(4)
        if (event && data) frames.push({ event, data: JSON.parse(data), ...(id ? { id } : {}) })
        end = buffer.indexOf('\n\n')
      }
    }
  })().catch(() => {})
  async function next(match: (frame: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const index = frames.findIndex(match)
      if (index >= 0) return frames.splice(0, index + 1).at(-1) as Frame
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    throw new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(frames)}`)
  }
  return { next, pump }
}

test('dropping the connection mid-vote and reconnecting loses and doubles nothing', async () => {
  const { session, choices, participants } = await sessionAtDecisionPoint(3)
  const a = choices[0] as { id: string }
  const b = choices[1] as { id: string }
  const [p1, p2, p3] = participants as [string, string, string]

  const first = new AbortController()
  const stream = reader(liveEventStream(session.id, 'docent', first.signal))
  const hello = await stream.next((f) => f.event === 'state')
  expect(hello.data).toMatchObject({ step: session.step, votes: 0, phase: 'voting' })

  expect(await castVote(p1, session.id, session.step, a.id)).toEqual({ ok: true, votes: 1 })
  await stream.next((f) => f.event === 'count' && f.data.votes === 1)

  // The connection drops while p2's vote is on its way; the phone does not know whether it arrived and sends it again.
  const inFlight = castVote(p2, session.id, session.step, b.id)
  first.abort()
  await inFlight
  expect(await castVote(p2, session.id, session.step, b.id)).toEqual({ ok: true, votes: 2 })

  // Reconnecting (with Last-Event-ID or not) starts with the full state: the current step and both votes.
  const second = new AbortController()
  const again = reader(liveEventStream(session.id, 'docent', second.signal))
  const resumed = await again.next((f) => f.event === 'state')
  expect(resumed.data).toMatchObject({ step: session.step, votes: 2, phase: 'voting' })
  expect(resumed.id).toBe(String(hello.data.version))

  // Changing a vote is not another vote; a third person's vote is.
  expect(await castVote(p2, session.id, session.step, a.id)).toEqual({ ok: true, votes: 2 })
  expect(await castVote(p3, session.id, session.step, a.id)).toEqual({ ok: true, votes: 3 })
  await again.next((f) => f.event === 'count' && f.data.votes === 3)
  const stored = await db().liveVote.findMany({ where: { sessionId: session.id } })
  expect(stored.map((v) => v.choiceId).sort()).toEqual([a.id, a.id, a.id])

  // Closing reaches the reconnected screen; a vote after it is refused.
  await controlSession(session.id, { action: 'close' })
  await again.next((f) => f.event === 'state' && f.data.phase === 'closed')
  expect(await castVote(p1, session.id, session.step, b.id)).toMatchObject({ ok: false, error: 'closed' })
  // Under five votes nothing of the step is kept.
  expect(await db().liveAggregate.count({ where: { sessionId: session.id } })).toBe(0)
  second.abort()
})

test('votes racing the close are either counted in the aggregate or refused, never lost in between', async () => {
  const { session, choices, participants } = await sessionAtDecisionPoint(30)
  const votes = participants.map((p, i) => castVote(p, session.id, session.step, (choices[i % 2] as { id: string }).id))
  const closed = controlSession(session.id, { action: 'close' })
  const results = await Promise.all(votes)
  await closed
  const accepted = results.filter((r) => r.ok).length
  const kept = await db().liveAggregate.findMany({ where: { sessionId: session.id } })
  const stored = await db().liveVote.count({ where: { sessionId: session.id } })
  expect(stored).toBe(accepted)
  if (accepted >= 5) expect(kept.reduce((sum, r) => sum + r.count, 0)).toBe(accepted)
})

test('ending a session deletes every vote and pseudonym and keeps only splits of five or more', async () => {
  const { session, choices, participants } = await sessionAtDecisionPoint(6)
  for (const [i, p] of participants.entries()) {
    await castVote(p, session.id, session.step, (choices[i < 4 ? 0 : 1] as { id: string }).id)
  }
  const revealed = await controlSession(session.id, { action: 'reveal' })
  expect(revealed.ok && revealed.snapshot.split?.map((s) => s.count).sort()).toEqual([2, 4])
  const moved = await controlSession(session.id, { action: 'next' })
  expect(moved.ok && moved.snapshot.step).toBe(session.step + 1)
  const ended = await controlSession(session.id, { action: 'end' })
  expect(ended.ok && ended.snapshot.phase).toBe('ended')
  expect(await db().liveVote.count({ where: { sessionId: session.id } })).toBe(0)
  expect(await db().liveParticipant.count({ where: { sessionId: session.id } })).toBe(0)
  const kept = await db().liveAggregate.findMany({ where: { sessionId: session.id } })
  expect(kept.map((k) => k.count).sort()).toEqual([2, 4])
  expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).joinCode).toBeNull()
  // A live vote is not a recorded attempt.
  expect(await db().attempt.count()).toBe(0)
})

test('a tie is the docent’s to break', async () => {
  const { session, choices, participants } = await sessionAtDecisionPoint(2)
  await castVote(participants[0] as string, session.id, session.step, (choices[0] as { id: string }).id)
  await castVote(participants[1] as string, session.id, session.step, (choices[1] as { id: string }).id)
  expect(await controlSession(session.id, { action: 'next' })).toMatchObject({ ok: false, error: 'tie' })
  const picked = await controlSession(session.id, { action: 'next', choiceId: (choices[1] as { id: string }).id })
  expect(picked.ok).toBe(true)
})

test('the retention job ends sessions idle for 24 hours', async () => {
  const { session, choices, participants } = await sessionAtDecisionPoint(1)
  await castVote(participants[0] as string, session.id, session.step, (choices[0] as { id: string }).id)
  const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000)
  await db().liveSession.update({ where: { id: session.id }, data: { lastActivityAt: dayAgo } })
  // A vote cast since the cutoff is activity: the session stays.
  expect(await endInactiveLiveSessions(db())).toBe(0)
  await db().liveVote.updateMany({ where: { sessionId: session.id }, data: { updatedAt: dayAgo } })
  expect(await endInactiveLiveSessions(db())).toBeGreaterThanOrEqual(1)
  expect(await db().liveVote.count({ where: { sessionId: session.id } })).toBe(0)
  expect((await db().liveSession.findUniqueOrThrow({ where: { id: session.id } })).phase).toBe('ended')
})
