// Live class session benchmark (not in CI): `npm run bench:live -- [--phones=200] [--rounds=10] [--sessions=10]
// [--per-session=30]`. Needs a production build (`npm run build`) and PostgreSQL at 127.0.0.1:5432.
// A. One session with `phones` simulated phones on one app instance (scripts/serve.ts): every phone holds an SSE
//    stream, all vote at once (a third change their vote), then `rounds` docent changes; measured: vote request
//    latency and errors, time until the projector shows every vote, time until every screen has each change
//    (target p95 ≤ 1 s), and the app's resident memory per open connection.
// B. `sessions` sessions of `per-session` phones at once, the same measures.
// The simulated phones run in this process on the same two cores as the app: its CPU use is recorded beside the
// latencies. Results: bench/results/live.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { applyMigrations } from '@/lib/db/schema-engine.server'
import { liveChoices } from '@/lib/live/view'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { loadCase } from '@/lib/scenarios/scenario-files.server'
import { rssBytes, seedLiveSessions, startInstances } from '../../tests/support/live-harness'
import { emptyRun, openSession, report } from './scenario'

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const PHONES = Number(args.phones ?? 200)
const ROUNDS = Number(args.rounds ?? 10)
const SESSIONS = Number(args.sessions ?? 10)
const PER_SESSION = Number(args['per-session'] ?? 30)
const PORT = 3810
const DB = 'deelwijs_bench_live'
const URL = `postgresql://postgres@127.0.0.1:5432/${DB}`
const log = (line: string) => console.log(`[bench:live] ${line}`)

const graph = loadCase(path.resolve('scenarios', 'kramer'), { display: (p) => p }).dilemmas.find(
  (d) => d.id === 'huisarts',
)?.validation.graph as DilemmaGraph
const SCENE = 'spreekkamer'
const choiceIds = liveChoices(graph, 'bench', SCENE, []).map((c) => c.id)

async function freshDatabase() {
  const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test' })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${DB}`)
  await admin.end()
  await applyMigrations(URL)
}

/** CPU time of this process (the load generator) as a share of one core over the measured stretch. */
function cpuMeter() {
  const startCpu = process.cpuUsage()
  const started = performance.now()
  return () => {
    const used = process.cpuUsage(startCpu)
    const wall = performance.now() - started
    return Math.round(((used.user + used.system) / 1000 / wall) * 100)
  }
}

async function scenario(base: string, pid: number, sessions: number, phones: number) {
  const seeded = await seedLiveSessions(URL, { sessions, phones, sceneId: SCENE, choiceIds })
  const rssBefore = rssBytes(pid)
  const open = await Promise.all(
    seeded.sessions.map((s) => openSession(s, seeded.docentCookie, { projectorBase: base, phoneBase: base })),
  )
  await new Promise((r) => setTimeout(r, 1000))
  const connections = open.reduce((sum, s) => sum + s.screens, 0)
  const rssAfter = rssBytes(pid)
  const cpu = cpuMeter()
  const runs = open.map(() => emptyRun())
  await Promise.all(open.map((s, i) => s.voteBurst(runs[i] as ReturnType<typeof emptyRun>)))
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      open.map((s, i) =>
        s.round(
          runs[i] as ReturnType<typeof emptyRun>,
          round % 2 === 0 ? (choiceIds[round % choiceIds.length] ?? null) : null,
        ),
      ),
    )
  }
  const loadGeneratorCpuPercent = cpu()
  for (const s of open) s.close()
  return {
    sessions,
    phonesPerSession: phones,
    connections,
    ...report(runs),
    memory: {
      rssBeforeMb: Math.round(rssBefore / 1e6),
      rssAfterMb: Math.round(rssAfter / 1e6),
      perConnectionKb: Math.round((rssAfter - rssBefore) / connections / 1024),
    },
    loadGeneratorCpuPercent,
  }
}

async function main() {
  await freshDatabase()
  const app = await startInstances(URL, [PORT])
  const instance = app.instances[0]
  if (!instance) throw new Error('no instance')
  try {
    // Warm the routes once, so the first measured request does not pay for loading them.
    await scenario(instance.base, instance.pid, 1, 5)
    log(`A: one session, ${PHONES} phones…`)
    const single = await scenario(instance.base, instance.pid, 1, PHONES)
    log(JSON.stringify(single))
    log(`B: ${SESSIONS} sessions of ${PER_SESSION} phones…`)
    const many = await scenario(instance.base, instance.pid, SESSIONS, PER_SESSION)
    log(JSON.stringify(many))
    const result = {
      date: new Date().toISOString(),
      bus: 'postgres (LISTEN/NOTIFY), one app instance',
      single,
      many,
      pass: single.everyScreen.p95 <= 1000 && single.votes.errors === 0 && single.missed === 0,
    }
    mkdirSync('bench/results', { recursive: true })
    writeFileSync('bench/results/live.json', `${JSON.stringify(result, null, 2)}\n`)
    log(`written to bench/results/live.json; pass: ${result.pass}`)
  } finally {
    await app.stop()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
