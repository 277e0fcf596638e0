import { afterAll, beforeAll, expect, test } from 'vitest'
import { liveChoices } from '@/lib/live/view'
import { getDilemma } from '@/lib/scenarios/catalog.server'
import { emptyRun, openSession } from '../../bench/live/scenario'
import { summarise } from '../../bench/support'
import { seedLiveSessions, startInstances } from '../support/live-harness'
import { type Database, freshServerDatabase, migrate } from './cluster'

// Two app processes (scripts/serve.ts on the production build, which the instances' global setup keeps current) on
// one fresh PostgreSQL database:
// the projector on one, the phones on the other. Votes cast on the second reach the projector on the first, and the
// docent's changes on the first reach every phone on the second, through LISTEN/NOTIFY. Ports 3800–3801.

const graph = getDilemma('kramer', 'huisarts')?.graph
const SCENE = 'spreekkamer'
let database: Database
let app: Awaited<ReturnType<typeof startInstances>>

beforeAll(async () => {
  database = await freshServerDatabase()
  await migrate(database.url)
  app = await startInstances(database.url, [3800, 3801])
}, 300_000)

afterAll(async () => {
  await app?.stop()
  await database?.drop()
}, 60_000)

test('a session spans two instances: votes and changes arrive across them', async () => {
  if (!graph) throw new Error('kramer/huisarts is needed')
  const [projectorInstance, phoneInstance] = app.instances
  const choiceIds = liveChoices(graph, 'two-instances', SCENE, []).map((c) => c.id)
  const seeded = await seedLiveSessions(database.url, {
    sessions: 1,
    phones: 30,
    sceneId: SCENE,
    choiceIds,
  })
  const session = await openSession(seeded.sessions[0] as (typeof seeded.sessions)[number], seeded.docentCookie, {
    projectorBase: projectorInstance?.base ?? '',
    phoneBase: phoneInstance?.base ?? '',
  })
  const run = emptyRun()
  try {
    await session.voteBurst(run)
    expect(run.voteErrors).toBe(0)
    // Every vote (cast on the phones' instance) reached the projector on the other one.
    expect(run.burstSettleMs).toBeLessThan(10_000)
    for (let round = 0; round < 10; round++) await session.round(run, round % 2 === 0 ? (choiceIds[0] ?? null) : null)
  } finally {
    session.close()
  }
  expect(run.missed).toBe(0)
  const latency = summarise(run.screenLatencies)
  console.log(
    `[two instances] change → every phone on the other instance: p50 ${latency.p50} ms, p95 ${latency.p95} ms (n=${latency.n}); all 30 votes on the projector after ${Math.round(run.burstSettleMs)} ms`,
  )
  expect(latency.n).toBe(300)
  expect(latency.p95).toBeLessThan(1000)
}, 180_000)
