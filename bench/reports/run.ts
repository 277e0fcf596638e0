// Report scale benchmark: `npm run bench:reports -- [--db=postgres|pglite|both] [--requests=200] [--learners=10000]
// [--events=1000000] [--hand-runs=N] [--reuse] [--app-only]`. Seeds the data deterministically (seed.ts), then times, with the same data:
//  - the main report as served by the app: GET /api/rapportage/voltooiing, as a signed-in coordinator, N sequential
//    requests, each timed until its body is read;
//  - a hand-written SQL aggregate answering the same question from the raw tables (Membership, Attempt), N times.
// Both answers are compared; the numbers go to bench/results/reports-<db>.json. Targets: p95 ≤ 100 ms on PostgreSQL,
// and report p95 ≤ 2 × hand-written SQL p95. Not part of CI.
// The insight report is timed the same way: GET /api/rapportage/inzicht (all time, the whole organisation, with the
// cell key perturbation on) against a hand-written SQL count of first answers from the raw tables (Attempt,
// ChoiceEvent); every published cell must lie within the perturbation bound of the hand-written count.
// It also times GET /api/health (no work) as the framework floor, and records the load average, so that a result
// measured on a busy machine says how much of it is the machine.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '@/lib/db/embedded.server'
import { applyMigrations } from '@/lib/db/schema-engine.server'
import { DEMO_TOTP_SECRET } from '../../tests/support/totp'
import { signIn, summarise, type Timing, waitForServer } from '../support'
import { BENCH_ORG, COORDINATOR, seedReports } from './seed'

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const REQUESTS = Number(args.requests ?? 200)
// The hand-written SQL reads the raw tables: at national scale one run takes seconds, so fewer runs are enough there.
const HAND_RUNS = Number(args['hand-runs'] ?? REQUESTS)
// --reuse (PostgreSQL): time against the data a previous run seeded (seeding 100 000 learners takes half an hour).
const REUSE = 'reuse' in args
// --app-only: time the app's reports alone (no hand-written SQL, no comparison), e.g. while the machine is busy with
// other work that the hand-written queries' minutes of full load would disturb; results in reports-<db>-app.json.
const APP_ONLY = 'app-only' in args
const LEARNERS = Number(args.learners ?? 10_000)
const EVENTS = Number(args.events ?? 1_000_000)
const DBS = (args.db ?? 'both') === 'both' ? ['postgres', 'pglite'] : [args.db as string]
const PORT = 3200
const base = `http://localhost:${PORT}`
const ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/test'
const BENCH_DB = 'deelwijs_bench_reports'
const DATA_DIR = path.join('.data', 'bench-reports')
const log = (line: string) => console.log(`[bench:reports] ${line}`)

// The same question as completionReport (lib/reports/completion.server.ts), from the raw tables, without rollups.
const HAND_SQL = `
  WITH people AS (SELECT DISTINCT "userId" FROM "Membership" WHERE "organisationId" = $1),
  per AS (
    SELECT a."userId", a."caseId", a."dilemmaId", min(a."startedAt") AS started,
           min(a."completedAt") FILTER (WHERE a."status" = 'completed') AS completed
    FROM "Attempt" a JOIN people p ON p."userId" = a."userId"
    GROUP BY 1, 2, 3)
  SELECT 'dilemma' AS kind, "caseId", "dilemmaId", count(*)::int AS started, count(completed)::int AS completed FROM per
  GROUP BY 2, 3
  UNION ALL
  SELECT 'all', NULL, NULL, count(*)::int, 0 FROM (
    SELECT "userId" FROM per WHERE completed IS NOT NULL AND ("caseId" || '/' || "dilemmaId") = ANY($2)
    GROUP BY 1 HAVING count(*) >= cardinality($2)) done
  UNION ALL
  SELECT 'learners', NULL, NULL, count(DISTINCT "userId")::int, 0 FROM "Membership"
  WHERE "organisationId" = $1 AND "role" = 'learner'`

// The same question as decisionPointInsight (lib/reports/insight.server.ts), from the raw tables, without rollups or
// perturbation: per decision point and choice, how many of the organisation's people chose it first.
const HAND_INSIGHT_SQL = `
  WITH people AS (SELECT DISTINCT "userId" FROM "Membership" WHERE "organisationId" = $1),
  first AS (
    SELECT DISTINCT ON (a."userId", a."caseId", a."dilemmaId", e."fromScene")
           a."caseId", a."dilemmaId", e."fromScene" AS "sceneId", e."choiceId"
    FROM "ChoiceEvent" e JOIN "Attempt" a ON a."id" = e."attemptId" JOIN people p ON p."userId" = a."userId"
    WHERE e."kind" = 'choice'
    ORDER BY a."userId", a."caseId", a."dilemmaId", e."fromScene", e."createdAt", e."step")
  SELECT "caseId", "dilemmaId", "sceneId", "choiceId", count(*)::int AS n FROM first GROUP BY 1, 2, 3, 4`

type InsightAnswer = Record<string, number>

async function handInsightSql(client: pg.Client): Promise<{ timing: Timing; answer: InsightAnswer }> {
  const run = () => client.query(HAND_INSIGHT_SQL, [BENCH_ORG])
  for (let i = 0; i < Math.min(HAND_RUNS, 3); i++) await run()
  const samples: number[] = []
  let rows: { caseId: string; dilemmaId: string; sceneId: string; choiceId: string; n: number }[] = []
  for (let i = 0; i < Math.min(HAND_RUNS, 50); i++) {
    const t = performance.now()
    rows = (await run()).rows
    samples.push(performance.now() - t)
  }
  return {
    timing: summarise(samples),
    answer: Object.fromEntries(rows.map((r) => [`${r.caseId}/${r.dilemmaId}/${r.sceneId}/${r.choiceId}`, r.n])),
  }
}

type Answer = { learners: number; completedAll: number; perDilemma: Record<string, [number, number]> }

async function handSql(client: pg.Client, modules: string[]): Promise<{ timing: Timing; answer: Answer }> {
  const run = () => client.query(HAND_SQL, [BENCH_ORG, modules])
  for (let i = 0; i < Math.min(HAND_RUNS, 10); i++) await run()
  const samples: number[] = []
  let rows: { kind: string; caseId: string; dilemmaId: string; started: number; completed: number }[] = []
  for (let i = 0; i < HAND_RUNS; i++) {
    const t = performance.now()
    rows = (await run()).rows
    samples.push(performance.now() - t)
  }
  const answer: Answer = { learners: 0, completedAll: 0, perDilemma: {} }
  for (const r of rows) {
    if (r.kind === 'learners') answer.learners = r.started
    else if (r.kind === 'all') answer.completedAll = r.started
    else answer.perDilemma[`${r.caseId}/${r.dilemmaId}`] = [r.started, r.completed]
  }
  return { timing: summarise(samples), answer }
}

type InsightBody = {
  maxNoise: number
  decisionPoints: {
    caseId: string
    dilemmaId: string
    sceneId: string
    choices: { id: string; count: number | null }[]
  }[]
}

async function appReport(
  extra: Record<string, string>,
): Promise<{ timing: Timing; answer: Answer; insight: { timing: Timing; body: InsightBody }; floor: Timing }> {
  let server: ChildProcess | undefined
  try {
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...withoutDatabaseUrl(),
        ...extra,
        PORT: String(PORT),
        NEXT_TELEMETRY_DISABLED: '1',
        DEELWIJS_SEED_DEMO: 'false',
        RATE_LIMIT_SIGN_IN: '10000',
      },
    })
    await waitForServer(base)
    const cookie = await signIn(base, COORDINATOR.email, COORDINATOR.password, DEMO_TOTP_SECRET)
    const get = async () => {
      const response = await fetch(`${base}/api/rapportage/voltooiing`, { headers: { cookie } })
      if (!response.ok) throw new Error(`report answered ${response.status}`)
      return response.json() as Promise<{
        learners: number
        completedAll: number
        perDilemma: { caseId: string; dilemmaId: string; started: number; completed: number }[]
      }>
    }
    for (let i = 0; i < 20; i++) await get()
    const samples: number[] = []
    let body = await get()
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now()
      body = await get()
      samples.push(performance.now() - t)
    }
    const answer: Answer = { learners: body.learners, completedAll: body.completedAll, perDilemma: {} }
    for (const d of body.perDilemma) answer.perDilemma[`${d.caseId}/${d.dilemmaId}`] = [d.started, d.completed]

    const getInsight = async () => {
      const response = await fetch(`${base}/api/rapportage/inzicht?periode=alles`, { headers: { cookie } })
      if (!response.ok) throw new Error(`insight answered ${response.status}`)
      return response.json() as Promise<InsightBody>
    }
    for (let i = 0; i < 20; i++) await getInsight()
    const insightSamples: number[] = []
    let insightBody = await getInsight()
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now()
      insightBody = await getInsight()
      insightSamples.push(performance.now() - t)
    }
    // The framework floor on the machine at hand: an endpoint that does no work, timed the same way. On a loaded
    // machine no report can be faster than this, so it says how far a missed target is the machine's.
    const floorSamples: number[] = []
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now()
      await (await fetch(`${base}/api/health`)).text()
      floorSamples.push(performance.now() - t)
    }
    return {
      timing: summarise(samples),
      answer,
      insight: { timing: summarise(insightSamples), body: insightBody },
      floor: summarise(floorSamples),
    }
  } finally {
    server?.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 1500))
  }
}

function withoutDatabaseUrl(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.DATABASE_URL
  return env
}

function sameAnswer(a: Answer, b: Answer) {
  const sort = (x: Answer) => JSON.stringify({ ...x, perDilemma: Object.entries(x.perDilemma).sort() })
  return sort(a) === sort(b)
}

async function benchmark(db: string) {
  const started = performance.now()
  let url: string
  let close = async () => {}
  if (db === 'postgres' && REUSE) {
    url = `postgresql://postgres@127.0.0.1:5432/${BENCH_DB}`
  } else if (db === 'postgres') {
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE ${BENCH_DB}`)
    await admin.end()
    url = `postgresql://postgres@127.0.0.1:5432/${BENCH_DB}`
  } else {
    rmSync(DATA_DIR, { recursive: true, force: true })
    // The same folder the start script uses for DEELWIJS_DATA_DIR (see scripts/start.ts).
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'pglite') })
    url = embedded.url
    close = () => embedded.close()
  }
  const reuse = db === 'postgres' && REUSE
  if (!reuse) await applyMigrations(url)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  let counts: Awaited<ReturnType<typeof seedReports>>
  let seedSeconds: number | null = null
  if (reuse) {
    const count = async (table: string) =>
      Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n)
    counts = {
      users: await count('User'),
      attempts: await count('Attempt'),
      events: await count('ChoiceEvent'),
      rollup: await count('LearnerDilemma'),
    }
    log(`${db}: reusing the seeded data: ${JSON.stringify(counts)}`)
  } else {
    log(`${db}: seeding ${LEARNERS} learners and ${EVENTS} events…`)
    counts = await seedReports(client, { learners: LEARNERS, events: EVENTS, log })
    seedSeconds = Math.round((performance.now() - started) / 100) / 10
    log(`${db}: seeded in ${seedSeconds} s: ${JSON.stringify(counts)}`)
  }
  // Coordinators always need a second factor (ADR 023): the bench's coordinator answers it like the demo accounts do.
  await client.query(
    `UPDATE "User" SET "mfaSecret" = $1, "mfaEnabledAt" = now(), "mfaLastStep" = NULL WHERE "email" = $2`,
    [DEMO_TOTP_SECRET, COORDINATOR.email],
  )
  if (APP_ONLY) {
    await client.end()
    await close()
    const report = await appReport(db === 'postgres' ? { DATABASE_URL: url } : { DEELWIJS_DATA_DIR: DATA_DIR })
    const result = {
      date: new Date().toISOString(),
      db,
      ...counts,
      requests: REQUESTS,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      frameworkFloor: report.floor,
      report: report.timing,
      insight: report.insight.timing,
    }
    mkdirSync(path.join('bench', 'results'), { recursive: true })
    writeFileSync(path.join('bench', 'results', `reports-${db}-app.json`), `${JSON.stringify(result, null, 2)}\n`)
    console.log(JSON.stringify(result, null, 2))
    return
  }
  const modules = (
    await client.query<{ k: string }>(`SELECT DISTINCT "caseId" || '/' || "dilemmaId" AS k FROM "Attempt" ORDER BY 1`)
  ).rows.map((r) => r.k)
  const hand = await handSql(client, modules)
  log(`${db}: hand-written SQL p50 ${hand.timing.p50} ms, p95 ${hand.timing.p95} ms`)
  const handInsight = await handInsightSql(client)
  log(`${db}: hand-written insight SQL p50 ${handInsight.timing.p50} ms, p95 ${handInsight.timing.p95} ms`)
  await client.end()
  await close()

  const report = await appReport(db === 'postgres' ? { DATABASE_URL: url } : { DEELWIJS_DATA_DIR: DATA_DIR })
  log(`${db}: report p50 ${report.timing.p50} ms, p95 ${report.timing.p95} ms`)
  if (!sameAnswer(report.answer, hand.answer)) {
    throw new Error(
      `the report and the hand-written SQL disagree:\n${JSON.stringify({ report: report.answer, hand: hand.answer })}`,
    )
  }
  log(`${db}: insight p50 ${report.insight.timing.p50} ms, p95 ${report.insight.timing.p95} ms`)
  log(`${db}: framework floor (GET /api/health) p50 ${report.floor.p50} ms, p95 ${report.floor.p95} ms`)
  // Perturbed, so not equal: every published cell lies within the bound of the true count, and some are shown.
  let shownCells = 0
  for (const p of report.insight.body.decisionPoints)
    for (const c of p.choices) {
      if (c.count === null) continue
      shownCells++
      const truth = handInsight.answer[`${p.caseId}/${p.dilemmaId}/${p.sceneId}/${c.id}`] ?? 0
      if (Math.abs(c.count - truth) > report.insight.body.maxNoise)
        throw new Error(`insight cell ${p.sceneId}/${c.id}: ${c.count} is not within the bound of ${truth}`)
    }
  if (shownCells === 0) throw new Error('the insight report showed no cells')
  const ratio = Math.round((report.timing.p95 / hand.timing.p95) * 100) / 100
  const insightRatio = Math.round((report.insight.timing.p95 / handInsight.timing.p95) * 100) / 100
  const result = {
    date: new Date().toISOString(),
    db,
    learners: LEARNERS,
    events: counts.events,
    attempts: counts.attempts,
    rollupRows: counts.rollup,
    seedSeconds,
    requests: REQUESTS,
    handRuns: HAND_RUNS,
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    frameworkFloor: report.floor,
    report: report.timing,
    handSql: hand.timing,
    ratioP95: ratio,
    targets: { p95Ms: db === 'postgres' ? 100 : null, ratio: 2 },
    pass: ratio <= 2 && (db !== 'postgres' || report.timing.p95 <= 100),
    sameAnswer: true,
    insight: {
      report: report.insight.timing,
      handSql: handInsight.timing,
      ratioP95: insightRatio,
      shownCells,
      withinNoiseBound: true,
      pass: insightRatio <= 2 && (db !== 'postgres' || report.insight.timing.p95 <= 100),
    },
  }
  mkdirSync(path.join('bench', 'results'), { recursive: true })
  writeFileSync(path.join('bench', 'results', `reports-${db}.json`), `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result, null, 2))
}

for (const db of DBS) await benchmark(db)
