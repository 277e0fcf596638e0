// Load benchmarks (not in CI): `npm run bench:load -- [--learners=200] [--seconds=60] [--concurrency=50]`.
// A. `learners` simulated learners play dilemmas for `seconds` through the JSON API, all at once: error count and
//    latency per request.
// B. Recording one choice (authenticated, validated against the graph, durable in one statement with its rollups)
//    against a raw `pg` INSERT from a bare Node http server on the same PostgreSQL, both at `concurrency` concurrent
//    clients: throughput ratio (target ≥ 0.5) and the app's p95 (target ≤ 50 ms).
//    For context it also measures the framework floor (GET /api/health at the same concurrency): the ceiling for that
//    ratio on the machine at hand.
// Results: bench/results/load.json.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import pg from 'pg'
import { hashPassword } from '@/lib/auth/password.server'
import { applyMigrations } from '@/lib/db/schema-engine.server'
import { offeredChoices } from '@/lib/engine/moves'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import { loadCase } from '@/lib/scenarios/scenario-files.server'
import { signIn, summarise, waitForServer } from '../support'

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const LEARNERS = Number(args.learners ?? 200)
const SECONDS = Number(args.seconds ?? 60)
const CONCURRENCY = Number(args.concurrency ?? 50)
// `--part=playing` or `--part=recording` runs one half only (for profiling); the default runs both.
const PART = (args.part ?? 'all') as 'all' | 'playing' | 'recording'
const PROFILE = 'profile' in args
const RECORD_SECONDS = Number(args['record-seconds'] ?? 20)
const PORT = 3201
const RAW_PORT = 3202
const base = `http://localhost:${PORT}`
const DB = 'deelwijs_bench_load'
const URL = `postgresql://postgres@127.0.0.1:5432/${DB}`
const PASSWORD = 'bench-wachtwoord-2026'
const log = (line: string) => console.log(`[bench:load] ${line}`)

const loaded = loadCase(path.resolve('scenarios', 'kramer'), { display: (p) => p })
const graphs = new Map(loaded.dilemmas.map((d) => [d.id, d.validation.graph as DilemmaGraph]))
const dilemmaIds = [...graphs.keys()]

type State = { attemptId: string; scene: string; flags: string[]; step: number; status: string }

async function post(url: string, cookie: string, body: unknown) {
  return fetch(`${base}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: base },
    body: JSON.stringify(body),
  })
}

/** Records the next choice of an attempt (always a choice that is offered); null on any failure. */
async function nextMove(cookie: string, dilemmaId: string, state: State, n: number): Promise<State | null> {
  const offered = offeredChoices(graphs.get(dilemmaId) as DilemmaGraph, state)
  const choice = offered[(n + state.step) % offered.length]
  if (!choice) return null
  const moved = await post(`/api/attempts/${state.attemptId}/moves`, cookie, {
    caseId: 'kramer',
    dilemmaId,
    kind: 'choice',
    step: state.step + 1,
    choiceId: choice.id,
  }).catch(() => null)
  return moved?.ok ? ((await moved.json()) as State) : null
}

/** One simulated learner: start a dilemma, make moves until it ends, start another; until the deadline. */
async function learner(cookie: string, index: number, deadline: number, samples: number[], errors: { count: number }) {
  let n = index
  while (Date.now() < deadline) {
    const dilemmaId = dilemmaIds[n++ % dilemmaIds.length] as string
    let t = performance.now()
    const started = await post('/api/attempts', cookie, { caseId: 'kramer', dilemmaId }).catch(() => null)
    samples.push(performance.now() - t)
    if (started?.status !== 201) {
      errors.count++
      continue
    }
    let state = (await started.json()) as State
    while (state.status === 'in_progress' && Date.now() < deadline) {
      t = performance.now()
      const next = await nextMove(cookie, dilemmaId, state, n)
      samples.push(performance.now() - t)
      if (!next) {
        errors.count++
        break
      }
      state = next
    }
  }
}

async function setup() {
  const admin = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/test' })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${DB}`)
  await admin.end()
  await applyMigrations(URL)
  const client = new pg.Client({ connectionString: URL })
  await client.connect()
  // One hash for every simulated learner: hashing is deliberately slow, and this is test data.
  const hash = await hashPassword(PASSWORD)
  await client.query(
    `INSERT INTO "Organisation" (id, slug, name, kind) VALUES ('load', 'load', 'Gemeente Lastig', 'gemeente')`,
  )
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash") SELECT 'u' || i, 'learner' || i || '@load.example', 'Deelnemer ' || i, $1 FROM generate_series(1, ${LEARNERS}) i`,
    [hash],
  )
  await client.query(
    `INSERT INTO "Membership" (id, "userId", "organisationId", role) SELECT 'm' || i, 'u' || i, 'load', 'learner' FROM generate_series(1, ${LEARNERS}) i`,
  )
  await client.query(
    `CREATE TABLE bench_raw (id bigserial PRIMARY KEY, attempt text, step int, choice text, created_at timestamptz DEFAULT now())`,
  )
  await client.end()
}

async function signInAll(count: number) {
  const cookies: string[] = []
  for (let i = 1; i <= count; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, count - i + 1) }, (_, k) =>
        signIn(base, `learner${i + k}@load.example`, PASSWORD),
      ),
    )
    cookies.push(...batch)
  }
  return cookies
}

/** A bare Node http server doing one raw INSERT per request: the floor for "record something durably". */
function rawServer(pool: pg.Pool) {
  const server = http.createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    const data = JSON.parse(body) as { attempt: string; step: number; choice: string }
    await pool.query('INSERT INTO bench_raw (attempt, step, choice) VALUES ($1, $2, $3)', [
      data.attempt,
      data.step,
      data.choice,
    ])
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
  })
  return new Promise<http.Server>((resolve) => server.listen(RAW_PORT, () => resolve(server)))
}

async function measureRaw(seconds: number) {
  const deadline = Date.now() + seconds * 1000
  const samples: number[] = []
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      let step = 0
      while (Date.now() < deadline) {
        const t = performance.now()
        await fetch(`http://localhost:${RAW_PORT}/`, {
          method: 'POST',
          body: JSON.stringify({ attempt: `w${w}`, step: ++step, choice: 'x' }),
        }).then((r) => r.text())
        samples.push(performance.now() - t)
      }
    }),
  )
  return { perSecond: Math.round(samples.length / seconds), latency: summarise(samples) }
}

/**
 * The framework floor: the cheapest database-backed request the app serves (GET /api/health: one `select 1` through
 * Prisma, no session), at the same concurrency. Recording a choice cannot be faster than this, so its ratio to the raw
 * INSERT is the ceiling for the recording ratio on this machine.
 */
async function measureFloor(seconds: number) {
  const deadline = Date.now() + seconds * 1000
  const samples: number[] = []
  let errors = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const t = performance.now()
        const ok = await fetch(`${base}/api/health`)
          .then(async (r) => {
            await r.text()
            return r.ok
          })
          .catch(() => false)
        samples.push(performance.now() - t)
        if (!ok) errors++
      }
    }),
  )
  return { perSecond: Math.round(samples.length / seconds), latency: summarise(samples), errors }
}

async function measureMoves(cookies: string[], seconds: number) {
  const deadline = Date.now() + seconds * 1000
  const moveSamples: number[] = []
  const errors = { count: 0 }
  await Promise.all(
    cookies.slice(0, CONCURRENCY).map((cookie, i) => movesOnly(cookie, i, deadline, moveSamples, errors)),
  )
  return { perSecond: Math.round(moveSamples.length / seconds), latency: summarise(moveSamples), errors: errors.count }
}

/** Like learner(), but only the recording of choices is timed (starting an attempt is not a recorded choice). */
async function movesOnly(
  cookie: string,
  index: number,
  deadline: number,
  samples: number[],
  errors: { count: number },
) {
  let n = index
  while (Date.now() < deadline) {
    const dilemmaId = dilemmaIds[n++ % dilemmaIds.length] as string
    const started = await post('/api/attempts', cookie, { caseId: 'kramer', dilemmaId })
    let state = (await started.json()) as State
    while (state.status === 'in_progress' && Date.now() < deadline) {
      const t = performance.now()
      const next = await nextMove(cookie, dilemmaId, state, n)
      if (!next) {
        errors.count++
        break
      }
      samples.push(performance.now() - t)
      state = next
    }
  }
}

async function measurePlaying(cookies: string[]) {
  log(`A: ${LEARNERS} learners play for ${SECONDS} s…`)
  const samples: number[] = []
  const errors = { count: 0 }
  const deadline = Date.now() + SECONDS * 1000
  await Promise.all(cookies.map((cookie, i) => learner(cookie, i, deadline, samples, errors)))
  const playing = {
    learners: LEARNERS,
    seconds: SECONDS,
    requests: samples.length,
    errors: errors.count,
    latency: summarise(samples),
  }
  log(JSON.stringify(playing))
  return playing
}

async function measureRecording(cookies: string[]) {
  log(`B: recording choices vs raw INSERT at ${CONCURRENCY} concurrent…`)
  const moves = await measureMoves(cookies, RECORD_SECONDS)
  const rawInsert = await measureRaw(RECORD_SECONDS)
  const floor = await measureFloor(RECORD_SECONDS)
  const ratio = (a: number) => Math.round((a / rawInsert.perSecond) * 100) / 100
  const recording = {
    concurrency: CONCURRENCY,
    app: moves,
    rawInsert,
    throughputRatio: ratio(moves.perSecond),
    // Context for the ratio: the same framework serving its cheapest database request.
    frameworkFloor: { ...floor, throughputRatio: ratio(floor.perSecond) },
    targets: { ratio: 0.5, p95Ms: 50 },
  }
  log(JSON.stringify(recording))
  return recording
}

async function main() {
  await setup()
  let server: ChildProcess | undefined
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: URL,
    PORT: String(PORT),
    NEXT_TELEMETRY_DISABLED: '1',
    DEELWIJS_SEED_DEMO: 'false',
    RATE_LIMIT_SIGN_IN: '100000',
    DATABASE_POOL_MAX: '20',
  }
  const pool = new pg.Pool({ connectionString: URL, max: 20 })
  const raw = await rawServer(pool)
  try {
    server = PROFILE
      ? // `--profile`: serve the existing build directly under the V8 profiler (.cpuprofile in bench/results/profile).
        spawn(
          process.execPath,
          [
            '--cpu-prof',
            '--cpu-prof-dir=bench/results/profile',
            'node_modules/next/dist/bin/next',
            'start',
            '-p',
            String(PORT),
          ],
          {
            stdio: 'ignore',
            env: { ...env, NEXTAUTH_SECRET: 'bench-secret-that-is-not-for-production', NEXTAUTH_URL: base },
          },
        )
      : spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { stdio: 'ignore', env })
    await waitForServer(base)
    log(`signing in ${LEARNERS} learners…`)
    const cookies = await signInAll(LEARNERS)

    const playing = PART === 'recording' ? null : await measurePlaying(cookies)
    const recording = PART === 'playing' ? null : await measureRecording(cookies)
    const result = {
      date: new Date().toISOString(),
      playing,
      recording,
      pass:
        (!recording || (recording.throughputRatio >= 0.5 && recording.app.latency.p95 <= 50)) &&
        (!playing || playing.errors === 0),
    }
    mkdirSync(path.join('bench', 'results'), { recursive: true })
    writeFileSync(path.join('bench', 'results', 'load.json'), `${JSON.stringify(result, null, 2)}\n`)
    console.log(JSON.stringify(result, null, 2))
  } finally {
    if (server && server.exitCode === null) {
      // Wait for the exit, so a profile (`--profile`) is written before the benchmark ends.
      const exited = new Promise((resolve) => server?.once('exit', resolve))
      server.kill('SIGTERM')
      await exited
    }
    raw.close()
    await pool.end()
  }
}

await main()
