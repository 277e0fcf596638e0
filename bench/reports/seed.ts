// Deterministic data for the report benchmark: L learners in one gemeente (plus a small second organisation, to prove
// the report stays scoped), teams, and attempts whose choice events follow real paths through the real dilemma graphs.
// No randomness at run time: every value is arithmetic on row numbers, and the sample paths come from a seeded PRNG.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type pg from 'pg'
import { hashPassword } from '@/lib/auth/password.server'
import { findNode, nextState, offeredChoices } from '@/lib/engine/moves'
import { replayPath, scorePath } from '@/lib/engine/path'
import { BEHAALD_ROLLUP_BACKFILL } from '@/lib/progress/backfill.server'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { loadCase } from '@/lib/scenarios/scenario-files.server'

export const BENCH_ORG = 'bench-gemeente'
export const COORDINATOR = { email: 'coordinator@bench.example', password: 'bench-wachtwoord-2026' }
const PATHS_PER_DILEMMA = 16

function mulberry32(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Step = { from: string; to: string; choiceId: string; quality: string | null }

function samplePaths(
  graph: DilemmaGraph,
  seed: number,
): { steps: Step[]; ending: string; outcome: string | null; score: number | null }[] {
  const random = mulberry32(seed)
  return Array.from({ length: PATHS_PER_DILEMMA }, () => {
    let state = { scene: graph.start, flags: [] as string[] }
    const steps: Step[] = []
    while (findNode(graph, state.scene)?.kind === 'scene' && steps.length < 40) {
      const offered = offeredChoices(graph, state)
      const choice = offered[Math.floor(random() * offered.length)]
      if (!choice) break
      const next = nextState(graph, state, choice.id)
      if (!next.ok) break
      steps.push({ from: state.scene, to: next.scene, choiceId: choice.id, quality: next.quality ?? null })
      state = { scene: next.scene, flags: next.flags }
    }
    const score = scorePath(
      replayPath(
        graph,
        steps.map((s) => ({ kind: 'choice', choiceId: s.choiceId })),
      ),
    )
    const ending = findNode(graph, state.scene)
    return { steps, ending: state.scene, outcome: ending?.kind === 'ending' ? ending.outcome : null, score }
  })
}

const quote = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`

export async function seedReports(
  client: pg.Client,
  options: { learners: number; events: number; log: (s: string) => void },
) {
  const { learners, events, log } = options
  const loaded = loadCase(path.resolve('scenarios', 'kramer'), { display: (p) => p })
  const dilemmas = loaded.dilemmas
    .filter((d) => d.validation.graph)
    .map((d) => ({ id: d.id, graph: d.validation.graph as DilemmaGraph }))
  const other = Math.max(20, Math.round(learners / 200))

  await client.query(`
    INSERT INTO "Organisation" (id, slug, name, kind) VALUES
      ('${BENCH_ORG}', '${BENCH_ORG}', 'Gemeente Benchdorp', 'gemeente'),
      ('bench-other', 'bench-other', 'Gemeente Elders', 'gemeente');
    INSERT INTO "User" (id, email, name, "isDemo")
      SELECT 'u-' || i, 'l' || i || '@bench.example', 'Medewerker ' || lpad(i::text, 5, '0'), false
      FROM generate_series(1, ${learners + other}) i;
    INSERT INTO "Membership" (id, "userId", "organisationId", role)
      SELECT 'm-' || i, 'u-' || i, CASE WHEN i <= ${learners} THEN '${BENCH_ORG}' ELSE 'bench-other' END, 'learner'
      FROM generate_series(1, ${learners + other}) i;
    INSERT INTO "Group" (id, "organisationId", name, kind)
      SELECT 'team-' || t, '${BENCH_ORG}', 'Team ' || lpad(t::text, 2, '0'), 'team' FROM generate_series(1, 20) t;
    INSERT INTO "GroupMember" ("groupId", "userId")
      SELECT 'team-' || (1 + i % 20), 'u-' || i FROM generate_series(1, ${learners}) i;
  `)
  const hash = await hashPassword(COORDINATOR.password)
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash") VALUES ('coordinator', $1, 'Coördinator Bench', $2)`,
    [COORDINATOR.email, hash],
  )
  await client.query(
    `INSERT INTO "Membership" (id, "userId", "organisationId", role) VALUES ('m-coordinator', 'coordinator', '${BENCH_ORG}', 'coordinator')`,
  )

  // The sample paths, as a temporary table the set-based inserts below join against.
  const rows: string[] = []
  const endings: string[] = []
  dilemmas.forEach((d, index) => {
    samplePaths(d.graph, 1000 + index).forEach((p, pathNo) => {
      endings.push(
        `(${quote(d.id)}, ${pathNo}, ${quote(p.ending)}, ${quote(p.outcome)}, ${quote(p.score)}, ${p.steps.length}, ${quote(p.steps[0]?.to ?? d.graph.start)})`,
      )
      p.steps.forEach((s, i) => {
        rows.push(
          `(${quote(d.id)}, ${pathNo}, ${i + 1}, ${quote(s.from)}, ${quote(s.to)}, ${quote(s.choiceId)}, ${quote(s.quality)})`,
        )
      })
    })
  })
  await client.query(`
    CREATE TEMP TABLE bench_step (dilemma text, path_no int, step int, from_scene text, to_scene text, choice_id text, quality text);
    CREATE TEMP TABLE bench_path (dilemma text, path_no int, ending text, outcome text, score int, steps int, second_scene text);
    CREATE TEMP TABLE bench_dilemma (d int, id text);
    INSERT INTO bench_step VALUES ${rows.join(',')};
    INSERT INTO bench_path VALUES ${endings.join(',')};
    INSERT INTO bench_dilemma VALUES ${dilemmas.map((d, i) => `(${i + 1}, ${quote(d.id)})`).join(',')};
  `)

  // Attempts: most learners play most dilemmas, some more than once; one in nine attempts is left unfinished.
  await client.query(`
    CREATE TEMP TABLE bench_attempt AS
    SELECT 'a-' || u || '-' || bd.d || '-' || r AS id, 'u-' || u AS user_id, bd.id AS dilemma,
           (u * 31 + bd.d * 17 + r * 7) % ${PATHS_PER_DILEMMA} AS path_no,
           (u + bd.d * 3 + r) % 9 <> 0 AS done,
           timestamp '2026-01-05 08:00' + ((u * 37 + bd.d * 1013 + r * 4099) % (300 * 24 * 60)) * interval '1 minute' AS started
    FROM generate_series(1, ${learners + other}) u
    CROSS JOIN bench_dilemma bd
    CROSS JOIN generate_series(1, 6) r
    WHERE (u * 7 + bd.d * 13) % 10 < 8 AND r <= 1 + (u + bd.d) % 6;
  `)
  await client.query(`
    INSERT INTO "Attempt" (id, "userId", "caseId", "dilemmaId", "contentHash", "currentScene", step, status, score, outcome, "startedAt", "updatedAt", "completedAt")
    SELECT ba.id, ba.user_id, 'kramer', ba.dilemma, 'bench',
           CASE WHEN ba.done THEN bp.ending ELSE bp.second_scene END,
           CASE WHEN ba.done THEN bp.steps ELSE 1 END,
           (CASE WHEN ba.done THEN 'completed' ELSE 'in_progress' END)::"AttemptStatus",
           CASE WHEN ba.done THEN bp.score END,
           CASE WHEN ba.done THEN bp.outcome END,
           ba.started,
           ba.started + (CASE WHEN ba.done THEN bp.steps ELSE 1 END) * interval '70 seconds',
           CASE WHEN ba.done THEN ba.started + bp.steps * interval '70 seconds' END
    FROM bench_attempt ba JOIN bench_path bp ON bp.dilemma = ba.dilemma AND bp.path_no = ba.path_no;
  `)
  const inserted = await client.query(`
    INSERT INTO "ChoiceEvent" (id, "attemptId", step, kind, "fromScene", "toScene", "choiceId", quality, "createdAt")
    SELECT ba.id || '-' || bs.step, ba.id, bs.step, 'choice', bs.from_scene, bs.to_scene, bs.choice_id, bs.quality,
           ba.started + bs.step * interval '70 seconds'
    FROM bench_attempt ba JOIN bench_step bs ON bs.dilemma = ba.dilemma AND bs.path_no = ba.path_no
    WHERE ba.done OR bs.step = 1
    ORDER BY ba.id, bs.step
    LIMIT ${events};
  `)
  log(`inserted ${inserted.rowCount} choice events`)

  // The report rollups, exactly as the migration backfills them from recorded attempts and events.
  const migrationDir = path.resolve('prisma', 'migrations')
  const folder = readdirSync(migrationDir).find((f) => f.endsWith('_report_rollups'))
  const backfill = readFileSync(path.join(migrationDir, folder ?? '', 'migration.sql'), 'utf8').split('-- Backfill')[1]
  if (!backfill) throw new Error('backfill SQL not found in the report_rollups migration')
  // That migration predates the rename of "scenarioId" to "dilemmaId" (migration 20261201010000).
  await client.query(backfill.slice(backfill.indexOf('\n')).replaceAll('"scenarioId"', '"dilemmaId"'))
  // behaaldAt came later than that migration: the same rule the app's backfill applies.
  await client.query(BEHAALD_ROLLUP_BACKFILL)
  // Record keys came with the column's default; the teams at answer time as their migration backfills them.
  const insightFolder = readdirSync(migrationDir).find((f) => f.endsWith('_insight_record_keys_and_teams'))
  const teamBackfill = readFileSync(path.join(migrationDir, insightFolder ?? '', 'migration.sql'), 'utf8')
    .split('-- Backfill')[1]
    ?.split('-- CreateIndex')[0]
  if (!teamBackfill) throw new Error('team backfill SQL not found in the insight_record_keys_and_teams migration')
  await client.query(teamBackfill.slice(teamBackfill.indexOf('\n')))
  await client.query('ANALYZE')
  const counts = await client.query(
    `SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Attempt")::int AS attempts,
            (SELECT count(*) FROM "ChoiceEvent")::int AS events, (SELECT count(*) FROM "LearnerDilemma")::int AS rollup`,
  )
  return counts.rows[0] as { users: number; attempts: number; events: number; rollup: number }
}
