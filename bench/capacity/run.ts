// Capacity in learners (not in CI): `npm run bench:capacity -- [--instances=1|2] [--start=50] [--step=50]
//   [--max=2000] [--hold=120] [--think-min=5] [--think-max=15] [--calibrate] [--profile]`.
// Simulated learners sign in through the sign-in form, open the wheel (/leren) and the case, and play dilemmas: each
// step GETs the player page (HTML, as the browser does after a move) and records the move through the JSON API the
// player's clients use, with a think time of 5–15 s between steps. The load rises in levels of `step` learners; each
// level is held `hold` seconds. A level passes when no request failed and the p95 of every kind of step stayed at or
// under 500 ms. Reports the largest level held, the app's CPU per kind of step measured alone (one instance), CPU
// seconds of the app per move and per request under load, and the load
// generator's own CPU (it runs on the same machine). With --instances=2 the learners go through HAProxy to two
// instances. Uses the production build (built when the sources changed), a fresh PostgreSQL database
// (DATABASE_URL, default the local server) and Redis. Results: bench/results/capacity-<n>.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  type Balancer,
  freshServerDatabase,
  type Instance,
  instanceSettings,
  migrate,
  PASSWORD,
  seedLearners,
  startBalancer,
  startInstance,
  untilUp,
} from '../../tests/instances/cluster'
import globalSetup from '../../tests/instances/global-setup'
import {
  type Client,
  dilemmaIds,
  recordMove,
  type State,
  signIn,
  startAttempt,
} from '../../tests/instances/http-client'
import { summarise } from '../support'

process.env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test'
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]))
const INSTANCES = Number(args.instances ?? 1)
const START = Number(args.start ?? 50)
const STEP = Number(args.step ?? 50)
const MAX = Number(args.max ?? 2000)
const HOLD_S = Number(args.hold ?? 120)
const THINK_MIN_S = Number(args['think-min'] ?? 5)
const THINK_MAX_S = Number(args['think-max'] ?? 15)
const P95_LIMIT_MS = 500
// --profile: the instance runs with V8's CPU profiler during the calibration only (no levels); the .cpuprofile files
// land in bench/results/profile/ (open them in Chrome DevTools, or summarise with bench/capacity/profile-summary.ts).
const PROFILE = 'profile' in args
// --calibrate: only the CPU per kind of step, measured alone (no levels); results in capacity-calibration.json.
const CALIBRATE_ONLY = PROFILE || 'calibrate' in args
const PROFILE_DIR = path.resolve('bench', 'results', 'profile')
const log = (line: string) => console.log(`[bench:capacity] ${line}`)

type Kind = 'sign-in' | 'wheel' | 'case' | 'start' | 'player' | 'move'
type Sample = { kind: Kind; ms: number; at: number; ok: boolean }
const samples: Sample[] = []
let moves = 0

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const think = () => sleep((THINK_MIN_S + Math.random() * (THINK_MAX_S - THINK_MIN_S)) * 1000)

async function timed<T>(kind: Kind, work: () => Promise<T>, ok: (value: T) => boolean): Promise<T | null> {
  const started = performance.now()
  const value = await work().catch(() => null)
  const passed = value !== null && ok(value)
  samples.push({ kind, ms: performance.now() - started, at: Date.now(), ok: passed })
  return passed ? value : null
}

async function page(client: Client, url: string, cookie: string) {
  const response = await fetch(`${client.base}${url}`, { headers: { cookie }, redirect: 'manual' })
  await response.arrayBuffer()
  return response
}

/** One learner: sign in, open the wheel and the case, then play dilemma after dilemma until stopped. */
async function learner(index: number, client: Client, running: () => boolean) {
  await sleep(Math.random() * THINK_MAX_S * 1000) // Arrivals spread out, as in a class.
  const signedIn = await timed(
    'sign-in',
    () => signIn(client, `learner${index}@instances.example`, PASSWORD),
    (r) => r.cookie !== null,
  )
  const cookie = signedIn?.cookie
  if (!cookie) return
  let n = index
  await timed(
    'wheel',
    () => page(client, '/leren', cookie),
    (r) => r.status === 200,
  )
  while (running()) {
    await think()
    await timed(
      'case',
      () => page(client, '/leren/kramer', cookie),
      (r) => r.status === 200,
    )
    const dilemmaId = dilemmaIds[n++ % dilemmaIds.length] as string
    await think()
    const started = await timed(
      'start',
      () => startAttempt(client, cookie, dilemmaId),
      (r) => r.status === 201,
    )
    if (!started) continue
    let state = (await started.json()) as State
    while (running() && state.status === 'in_progress') {
      await timed(
        'player',
        () => page(client, `/leren/kramer/${dilemmaId}`, cookie),
        (r) => r.status === 200,
      )
      await think()
      const moved = await timed(
        'move',
        () => recordMove(client, cookie, dilemmaId, state, n),
        (r) => r.status === 200,
      )
      if (!moved) break
      moves++
      state = (await moved.json()) as State
    }
  }
}

/**
 * A fresh server compiles and caches each route on its first requests; one extra learner (never used by the levels) visits every kind of step a few times first, so the first level does not measure the warm-up.
 */
async function warmUp(client: Client) {
  const signedIn = await signIn(client, `learner${MAX + 1}@instances.example`, PASSWORD)
  const cookie = signedIn.cookie
  if (!cookie) throw new Error('warm-up sign-in failed')
  for (const dilemmaId of dilemmaIds) {
    await page(client, '/leren', cookie)
    await page(client, '/leren/kramer', cookie)
    let state = (await (await startAttempt(client, cookie, dilemmaId)).json()) as State
    for (let n = 0; state.status === 'in_progress' && n < 3; n++) {
      await page(client, `/leren/kramer/${dilemmaId}`, cookie)
      state = (await (await recordMove(client, cookie, dilemmaId, state, n)).json()) as State
    }
  }
}

/**
 * The app's CPU per kind of step, measured alone: one learner (never used by the levels) makes `n` requests of each
 * kind one after another, and the app's CPU time over them is divided by `n`. Under load the same steps cost about
 * this, plus the time they wait for a core.
 */
async function cpuPerStep(client: Client, instance: Instance, n = 40) {
  const cost: Record<string, number> = {}
  const measure = async (kind: string, work: () => Promise<unknown>) => {
    const before = cpuSeconds(instance.child.pid)
    for (let i = 0; i < n; i++) await work()
    cost[kind] = Math.round(((cpuSeconds(instance.child.pid) - before) * 1000 * 10) / n) / 10
  }
  const email = `learner${MAX + 1}@instances.example`
  await measure('sign-in', () => signIn(client, email, PASSWORD))
  const cookie = (await signIn(client, email, PASSWORD)).cookie
  if (!cookie) throw new Error('calibration sign-in failed')
  await measure('wheel', () => page(client, '/leren', cookie))
  await measure('case', () => page(client, '/leren/kramer', cookie))
  // The floors the steps stand on: the cheapest route through the server (no page, no database), and a page with
  // little more than the layout (a signed-in visitor, so the header reads the session as on every member page).
  await measure('floor: GET /api/health/live', () => page(client, '/api/health/live', cookie))
  await measure('floor: page /privacy', () => page(client, '/privacy', cookie))
  const dilemmaId = dilemmaIds[0] as string
  await measure('player', () => page(client, `/leren/kramer/${dilemmaId}`, cookie))
  await measure('start', () => startAttempt(client, cookie, dilemmaId))
  // A move needs the attempt's current state, and an attempt in progress is resumed (not restarted) by a start, so the
  // moves follow one attempt after another; only the moves themselves are inside the measured intervals.
  let state = (await (await startAttempt(client, cookie, dilemmaId)).json()) as State
  let d = 0
  let moveCpu = 0
  for (let k = 1; k <= n; k++) {
    while (state.status !== 'in_progress') {
      const next = dilemmaIds[++d % dilemmaIds.length] as string
      state = (await (await startAttempt(client, cookie, next)).json()) as State
    }
    const before = cpuSeconds(instance.child.pid)
    const moved = await recordMove(client, cookie, dilemmaIds[d % dilemmaIds.length] as string, state, k)
    moveCpu += cpuSeconds(instance.child.pid) - before
    if (moved.status !== 200) throw new Error(`calibration move answered ${moved.status}`)
    state = (await moved.json()) as State
  }
  cost.move = Math.round((moveCpu * 1000 * 10) / n) / 10
  return cost
}

/** CPU seconds (user + system) a process used so far, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) / 100
}

function window(from: number) {
  const recent = samples.filter((s) => s.at >= from)
  const kinds = [...new Set(recent.map((s) => s.kind))]
  const byKind = Object.fromEntries(
    kinds.map((k) => [k, summarise(recent.filter((s) => s.kind === k).map((s) => s.ms))]),
  )
  return { byKind, errors: recent.filter((s) => !s.ok).length, requests: recent.length }
}

async function main() {
  globalSetup()
  const database = await freshServerDatabase()
  const instances: Instance[] = []
  let balancer: Balancer | undefined
  try {
    await migrate(database.url)
    await seedLearners(database.url, MAX + 1)
    // The balancer listens on 3750 and serves its statistics on 3751 (startBalancer), so the instances start at 3760.
    const publicUrl = INSTANCES > 1 ? 'http://127.0.0.1:3750' : 'http://127.0.0.1:3760'
    const settings = instanceSettings(database.url, publicUrl)
    // Sign-ins come from one address here; the limits are not what is measured.
    const extra: Record<string, string> = { RATE_LIMIT_SIGN_IN: '100000', DATABASE_POOL_MAX: '10', LOG_LEVEL: 'warn' }
    // Node 20 refuses --cpu-prof in NODE_OPTIONS, so it goes on the instance's command line.
    const nodeArgs = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []
    if (PROFILE) mkdirSync(PROFILE_DIR, { recursive: true })
    for (let i = 0; i < INSTANCES; i++) instances.push(await startInstance(settings, 3760 + i, extra, nodeArgs))
    if (INSTANCES > 1) {
      const backends = Object.fromEntries(instances.map((instance, i) => [`i${i}`, instance.port]))
      balancer = await startBalancer(3750, backends)
      await untilUp(balancer, Object.keys(backends))
    }
    const client: Client = { base: publicUrl, forwardedFor: '198.51.100.10' }

    await warmUp(client)
    // CPU per step, measured on one instance only (behind the balancer the steps would spread over both).
    const stepCpuMs = INSTANCES === 1 ? await cpuPerStep(client, instances[0] as Instance) : null
    log(`app CPU per step, alone: ${JSON.stringify(stepCpuMs)} ms`)

    let running = true
    const players: Promise<void>[] = []
    let held = 0
    const levels: unknown[] = []
    const generatorCpuStart = process.cpuUsage()
    for (let level = START; level <= MAX && !CALIBRATE_ONLY; level += STEP) {
      while (players.length < level) players.push(learner(players.length + 1, client, () => running))
      // Let the new learners arrive (they spread over the longest think time) before measuring.
      await sleep(THINK_MAX_S * 1000)
      const from = Date.now()
      const appCpu = instances.map((i) => cpuSeconds(i.child.pid))
      const movesBefore = moves
      const generatorBefore = process.cpuUsage()
      await sleep(HOLD_S * 1000)
      const result = window(from)
      const appCpuUsed = instances.reduce((sum, i, k) => sum + cpuSeconds(i.child.pid) - (appCpu[k] ?? 0), 0)
      const generator = process.cpuUsage(generatorBefore)
      const levelMoves = moves - movesBefore
      const worstP95 = Math.max(...Object.values(result.byKind).map((t) => t.p95))
      const passed = result.errors === 0 && worstP95 <= P95_LIMIT_MS
      const summary = {
        learners: level,
        passed,
        errors: result.errors,
        requests: result.requests,
        moves: levelMoves,
        worstP95Ms: worstP95,
        byKind: result.byKind,
        appCpuSeconds: Math.round(appCpuUsed * 100) / 100,
        appCpuMsPerMove: levelMoves ? Math.round((appCpuUsed * 1000 * 100) / levelMoves) / 100 : null,
        appCpuMsPerRequest: result.requests ? Math.round((appCpuUsed * 1000 * 100) / result.requests) / 100 : null,
        generatorCpuSeconds: Math.round((generator.user + generator.system) / 1e4) / 100,
      }
      levels.push(summary)
      log(
        `${level} learners: ${passed ? 'held' : 'NOT held'} — ${result.requests} requests, ${result.errors} errors, worst p95 ${worstP95} ms, app CPU ${summary.appCpuMsPerMove} ms/move, ${summary.appCpuMsPerRequest} ms/request, generator CPU ${summary.generatorCpuSeconds} s`,
      )
      if (!passed) break
      held = level
    }
    running = false
    await Promise.race([Promise.all(players), sleep((THINK_MAX_S + 5) * 1000)])
    const total = process.cpuUsage(generatorCpuStart)
    const report = {
      instances: INSTANCES,
      cores: (await import('node:os')).cpus().length,
      loadAverage: (await import('node:os')).loadavg(),
      thinkSeconds: [THINK_MIN_S, THINK_MAX_S],
      holdSeconds: HOLD_S,
      p95LimitMs: P95_LIMIT_MS,
      maxLearnersHeld: held,
      appCpuMsPerStepAlone: stepCpuMs,
      generatorCpuSecondsTotal: Math.round((total.user + total.system) / 1e4) / 100,
      levels,
    }
    mkdirSync(path.join('bench', 'results'), { recursive: true })
    const file = path.join(
      'bench',
      'results',
      CALIBRATE_ONLY ? 'capacity-calibration.json' : `capacity-${INSTANCES}.json`,
    )
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
    log(`largest level held for ${HOLD_S} s with 0 errors and p95 ≤ ${P95_LIMIT_MS} ms: ${held} learners (${file})`)
  } finally {
    for (const instance of instances) instance.child.kill('SIGTERM')
    await Promise.all(instances.map((i) => i.exited))
    balancer?.child.kill('SIGTERM')
    await database.drop()
  }
}

await main()
process.exit(0)
