import path from 'node:path'
import type { db as getDb } from '@/lib/db/client.server'
import { findNode, nextState, offeredChoices } from '@/lib/engine/moves'
import { replayPath, scorePath } from '@/lib/engine/path'
import { noteAnswer, noteCompleted, noteStarted } from '@/lib/progress/rollup.server'
import { contentHash } from '@/lib/scenarios/content-hash'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { loadCase } from '@/lib/scenarios/scenario-files.server'
import { addToGroup, createGroup } from './factories'

type Db = ReturnType<typeof getDb>

// Demo staff for Gemeente Demodorp, so the coordinator's reports have something to show: enough colleagues for the
// insight report's minimum of 10, spread over two teams, with real attempts and events that follow the dilemma
// graphs (not invented numbers). They have no password and cannot sign in. Deterministic: the same every time.

export const DEMO_STAFF_COUNT = 14
const FIRST_NAMES = [
  'Anouk',
  'Bas',
  'Chantal',
  'Daan',
  'Eva',
  'Farid',
  'Gerda',
  'Hamza',
  'Iris',
  'Joost',
  'Karin',
  'Lucas',
  'Mila',
  'Nadia',
]

export async function seedDemoStaff(db: Db, organisationId: string, teamId: string) {
  if ((await db.user.count({ where: { email: { endsWith: '@medewerker.demo.deelwijs.nl' } } })) > 0) return 0
  const loaded = loadCase(path.resolve('scenarios', 'kramer'), { display: (p) => p })
  const dilemmas = loaded.dilemmas.filter((d) => d.validation.graph && ['huisarts', 'mentor'].includes(d.id))
  const noord = await createGroup(db, { organisationId, name: 'Wijkteam Noord', kind: 'team', joinCode: 'TEAM-NOORD' })
  const start = Date.UTC(2026, 9, 5, 8) // early October 2026: a few weeks of history
  for (let i = 0; i < DEMO_STAFF_COUNT; i++) {
    const user = await db.user.create({
      data: {
        email: `medewerker${String(i + 1).padStart(2, '0')}@medewerker.demo.deelwijs.nl`,
        name: `${FIRST_NAMES[i] ?? 'Medewerker'} (demo)`,
        isDemo: true,
        memberships: { create: { organisationId, role: 'learner' } },
      },
    })
    await addToGroup(db, i % 2 === 0 ? teamId : noord.id, user.id)
    for (const [d, dilemma] of dilemmas.entries()) {
      // Not everyone has done everything: the later dilemma is done by fewer people.
      if (d > 0 && i % 3 === 0) continue
      const graph = dilemma.validation.graph as DilemmaGraph
      const at = new Date(start + (i * 3 + d * 9) * 24 * 60 * 60 * 1000)
      await playDemo(
        db,
        user.id,
        { caseId: loaded.id, dilemmaId: dilemma.id, hash: contentHash(dilemma.bytes), graph },
        i + d,
        at,
      )
    }
  }
  return DEMO_STAFF_COUNT
}

async function playDemo(
  db: Db,
  userId: string,
  dilemma: { caseId: string; dilemmaId: string; hash: string; graph: DilemmaGraph },
  seed: number,
  startedAt: Date,
) {
  let state = { scene: dilemma.graph.start, flags: [] as string[] }
  const events: {
    step: number
    kind: string
    fromScene: string
    toScene: string
    choiceId: string
    quality: string | null
    createdAt: Date
  }[] = []
  for (let step = 1; step < 60 && findNode(dilemma.graph, state.scene)?.kind === 'scene'; step++) {
    const offered = offeredChoices(dilemma.graph, state)
    // Mostly the first offered choice, sometimes another: a believable spread of answers.
    const choice = offered[(seed * 7 + step * 3) % 5 < 3 ? 0 : (seed + step) % offered.length]
    if (!choice) break
    const result = nextState(dilemma.graph, state, choice.id)
    if (!result.ok) break
    const createdAt = new Date(startedAt.getTime() + step * 70_000)
    events.push({
      step,
      kind: 'choice',
      fromScene: state.scene,
      toScene: result.scene,
      choiceId: choice.id,
      quality: result.quality ?? null,
      createdAt,
    })
    state = { scene: result.scene, flags: result.flags }
  }
  const path = replayPath(dilemma.graph, events)
  const score = scorePath(path)
  const ending = findNode(dilemma.graph, state.scene)
  const outcome = ending?.kind === 'ending' ? ending.outcome : null
  const completedAt = events.at(-1)?.createdAt ?? startedAt
  await db.attempt.create({
    data: {
      userId,
      caseId: dilemma.caseId,
      dilemmaId: dilemma.dilemmaId,
      contentHash: dilemma.hash,
      currentScene: state.scene,
      flags: state.flags,
      step: events.length,
      status: 'completed',
      score,
      outcome,
      startedAt,
      completedAt,
      events: { create: events },
    },
  })
  const ref = { caseId: dilemma.caseId, dilemmaId: dilemma.dilemmaId }
  await noteStarted(db, userId, ref, startedAt)
  for (const e of events)
    await noteAnswer(db, userId, ref, { sceneId: e.fromScene, choiceId: e.choiceId, quality: e.quality }, e.createdAt)
  await noteCompleted(db, userId, ref, { score, outcome }, completedAt)
}
