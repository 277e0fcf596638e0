import http from 'node:http'
import net from 'node:net'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import {
  type Balancer,
  type Database,
  freshServerDatabase,
  type Instance,
  type InstanceSettings,
  instanceSettings,
  migrate,
  PASSWORD,
  seedLearners,
  startBalancer,
  startInstance,
  stopInstance,
  untilUp,
} from './cluster'
import {
  type Client,
  dilemmaIds,
  nextMoveBody,
  recordMove,
  type SignInResult,
  type State,
  signIn,
  startAttempt,
} from './http-client'

// Two instances of the production build on one PostgreSQL and one Redis, behind HAProxy (ADR 031). Ports 3700-3799.
const BALANCER_PORT = 3700
const PORTS = { a: 3711, b: 3712 }
const LONE_PORT = 3720
const SIGN_IN_LIMIT = 5
const METRICS_TOKEN = 'metrics-token-for-the-instance-tests'
const EXTRA = { RATE_LIMIT_SIGN_IN: String(SIGN_IN_LIMIT), METRICS_TOKEN }

let database: Database
let settings: InstanceSettings
let balancer: Balancer
const instances = {} as Record<'a' | 'b', Instance>
// Every instance process of the run, for the log checks at the end.
const started: Instance[] = []
// Every run its own client address (documentation range), so rate-limit keys in the shared Redis never carry over.
const address = () => `198.51.${Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250) + 1}`
const via = (base: string, forwardedFor = address()): Client => ({ base, forwardedFor })

beforeAll(async () => {
  database = await freshServerDatabase()
  await migrate(database.url)
  await seedLearners(database.url, 20)
  settings = instanceSettings(database.url, `http://127.0.0.1:${BALANCER_PORT}`)
  const [a, b] = await Promise.all([startInstance(settings, PORTS.a, EXTRA), startInstance(settings, PORTS.b, EXTRA)])
  started.push(a, b)
  instances.a = a
  instances.b = b
  balancer = await startBalancer(BALANCER_PORT, PORTS)
  await untilUp(balancer, ['a', 'b'])
}, 300_000)

afterAll(async () => {
  for (const instance of Object.values(instances)) instance.child.kill('SIGTERM')
  await Promise.all(Object.values(instances).map((i) => i.exited))
  balancer?.child.kill('SIGTERM')
  await database?.drop()
})

async function signedIn(client: Client, learner: number): Promise<string> {
  const result: SignInResult = await signIn(client, `learner${learner}@instances.example`, PASSWORD)
  if (!result.cookie) throw new Error(`sign-in of learner${learner} failed (${result.status})`)
  return result.cookie
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}

test('a session started on one instance is honoured by the other', async () => {
  const cookie = await signedIn(via(instances.a.base), 1)
  const onB = await fetch(`${instances.b.base}/leren`, { headers: { cookie }, redirect: 'manual' })
  expect(onB.status).toBe(200)
  expect(await onB.text()).toContain('Deelnemer 1')
  // Without the cookie, B sends the visitor to the sign-in page: it really is the session that counts.
  const anonymous = await fetch(`${instances.b.base}/leren`, { redirect: 'manual' })
  expect(anonymous.status).toBe(307)
})

test('the sign-in limit per address is shared: attempts spread over both instances add up', async () => {
  const forwardedFor = address()
  const outcomes: string[] = []
  for (let i = 0; i <= SIGN_IN_LIMIT; i++) {
    const instance = i % 2 === 0 ? instances.a : instances.b
    // Unknown addresses, so only the per-address limit can step in (not the per-account throttle).
    const result = await signIn(via(instance.base, forwardedFor), `nobody${i}@instances.example`, 'fout-wachtwoord')
    outcomes.push(result.html.includes('te vaak') ? 'throttled' : result.html.includes('klopt niet') ? 'invalid' : '?')
  }
  // Each instance alone saw three attempts, under the limit of five; together they saw six.
  expect(outcomes).toEqual([...Array(SIGN_IN_LIMIT).fill('invalid'), 'throttled'])
})

test('a move recorded through one instance is resumed through the other', async () => {
  const cookie = await signedIn(via(balancer.base), 2)
  const dilemmaId = dilemmaIds[0] as string
  const started = await startAttempt(via(instances.a.base), cookie, dilemmaId)
  expect(started.status).toBe(201)
  let state = (await started.json()) as State
  const order = [instances.b, instances.a, instances.b]
  for (const [n, instance] of order.entries()) {
    if (state.status !== 'in_progress') break
    const moved = await recordMove(via(instance.base), cookie, dilemmaId, state, n)
    expect(moved.status, await moved.clone().text()).toBe(200)
    state = (await moved.json()) as State
  }
  const rows = await query<{ step: number }>(`SELECT step FROM "ChoiceEvent" WHERE "attemptId" = $1 ORDER BY step`, [
    state.attemptId,
  ])
  expect(rows.map((r) => r.step)).toEqual(Array.from({ length: state.step }, (_, i) => i + 1))
  expect(state.step).toBeGreaterThanOrEqual(2)
})

test('metrics are served with the token only, and count requests by route and the moves recorded', async () => {
  const url = `${instances.b.base}/metrics`
  expect((await fetch(url)).status).toBe(401)
  expect((await fetch(url, { headers: { authorization: 'Bearer not-the-token-at-all-x' } })).status).toBe(401)
  const response = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  expect(response.status).toBe(200)
  const text = await response.text()
  // B recorded two moves in the test above.
  expect(text).toMatch(/^deelwijs_moves_recorded_total [1-9]/m)
  expect(text).toContain(
    'deelwijs_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/api/attempts/:id/moves",status="2xx"}',
  )
  expect(text).toMatch(/^deelwijs_db_pool_max 5$/m)
  expect(text).toMatch(/^deelwijs_outbox_backlog\{kind="xapi"\} 0$/m)
})

type Load = { ok: number; errors: string[]; stop: () => Promise<void> }

/** Learners playing through the balancer without pause: start a dilemma, move until it ends, start the next. */
function steadyLoad(cookies: string[]): Load {
  const load: Load = { ok: 0, errors: [], stop: async () => {} }
  let running = true
  const client = via(balancer.base)
  const players = cookies.map(async (cookie, index) => {
    let n = index
    while (running) {
      const dilemmaId = dilemmaIds[n++ % dilemmaIds.length] as string
      const started = await startAttempt(client, cookie, dilemmaId).catch((e: Error) => e)
      if (started instanceof Error || started.status !== 201) {
        load.errors.push(`start: ${started instanceof Error ? started.message : started.status}`)
        continue
      }
      let state = (await started.json()) as State
      while (running && state.status === 'in_progress') {
        const moved = await recordMove(client, cookie, dilemmaId, state, n).catch((e: Error) => e)
        if (moved instanceof Error || moved.status !== 200) {
          load.errors.push(`move: ${moved instanceof Error ? moved.message : `${moved.status} ${await moved.text()}`}`)
          break
        }
        state = (await moved.json()) as State
        load.ok++
      }
    }
  })
  load.stop = async () => {
    running = false
    await Promise.all(players)
  }
  return load
}

test('a rolling restart of both instances under steady load loses no request and no move', async () => {
  const learners = [11, 12, 13, 14, 15, 16]
  const cookies = await Promise.all(learners.map((i) => signedIn(via(balancer.base), i)))
  const load = steadyLoad(cookies)
  await new Promise((resolve) => setTimeout(resolve, 3000))
  for (const name of ['a', 'b'] as const) {
    const before = load.ok
    expect(await stopInstance(instances[name])).toBe(0)
    instances[name] = await startInstance(settings, PORTS[name], EXTRA)
    started.push(instances[name])
    await untilUp(balancer, ['a', 'b'])
    // Moves kept being recorded while this instance was away.
    expect(load.ok).toBeGreaterThan(before)
  }
  await new Promise((resolve) => setTimeout(resolve, 2000))
  await load.stop()
  expect(load.errors).toEqual([])
  expect(load.ok).toBeGreaterThan(50)
  const [recorded] = await query<{ moves: number }>(
    `SELECT count(*)::int AS moves FROM "ChoiceEvent" e JOIN "Attempt" a ON a.id = e."attemptId"
     WHERE a."userId" = ANY($1)`,
    [learners.map((i) => `u${i}`)],
  )
  expect(recorded?.moves).toBe(load.ok)
}, 300_000)

test('on SIGTERM a request in flight finishes, new connections are refused, and the process exits 0', async () => {
  const lone = await startInstance(settings, LONE_PORT)
  started.push(lone)
  const client = via(lone.base)
  const cookie = await signedIn(client, 3)
  const dilemmaId = dilemmaIds[1] as string
  const state = (await (await startAttempt(client, cookie, dilemmaId)).json()) as State
  const body = JSON.stringify(nextMoveBody(dilemmaId, state, 0))

  // A move whose body is still on its way when the signal comes: the request is in flight.
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const request = http.request(`${lone.base}/api/attempts/${state.attemptId}/moves`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        cookie,
        origin: lone.base,
        'x-forwarded-for': client.forwardedFor,
      },
    })
    request.on('response', (res) => {
      let text = ''
      res.on('data', (chunk) => {
        text += chunk
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    request.on('error', reject)
    request.write(body.slice(0, 10))
    setTimeout(async () => {
      lone.child.kill('SIGTERM')
      await new Promise((r) => setTimeout(r, 1500))
      // The listening socket is closed: a new connection is refused.
      const refused = await new Promise<boolean>((r) => {
        const socket = net.connect(LONE_PORT, '127.0.0.1')
        socket.on('connect', () => {
          socket.destroy()
          r(false)
        })
        socket.on('error', (error: NodeJS.ErrnoException) => r(error.code === 'ECONNREFUSED'))
      })
      if (!refused) reject(new Error('a new connection was accepted after SIGTERM'))
      request.end(body.slice(10))
    }, 500)
  })
  const answer = await response
  expect(answer.status, answer.text).toBe(200)
  expect((JSON.parse(answer.text) as State).step).toBe(1)
  expect(await lone.exited).toBe(0)
  const moves = await query(`SELECT 1 FROM "ChoiceEvent" WHERE "attemptId" = $1`, [state.attemptId])
  expect(moves).toHaveLength(1)
}, 120_000)

test('the logs are JSON lines with a request id, and hold no e-mail address, name or session token', async () => {
  const lines = started.flatMap((instance) => instance.output().split('\n')).filter((line) => line.trim())
  const requests = lines.filter((line) => line.includes('"msg":"request"'))
  expect(requests.length).toBeGreaterThan(100)
  for (const line of requests)
    expect(JSON.parse(line)).toMatchObject({ reqId: expect.any(String), status: expect.any(Number) })
  const everything = lines.join('\n')
  expect(everything).not.toMatch(/@instances\.example/)
  expect(everything).not.toMatch(/Deelnemer \d/)
  expect(everything).not.toMatch(/session-token=/)
  expect(everything).not.toContain(PASSWORD)
})
