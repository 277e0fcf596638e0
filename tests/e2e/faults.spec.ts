import { type ChildProcess, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import net from 'node:net'
import pg from 'pg'
import { choiceButton, DEMO, expect, type Page, signIn, test } from './support'

// Fault tests with a real server process of their own (the build from the suite's web server is reused):
//  - the server is killed with SIGKILL in the middle of a dilemma: after a restart the learner is where they were;
//  - the database goes away while the app serves: requests get a clear 503, and it recovers without a restart.

const ADMIN_URL = 'postgresql://postgres@127.0.0.1:5432/test'
const stamp = `${Date.now()}_${process.pid}`

test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

type App = { child: ChildProcess; base: string; stop: (signal?: NodeJS.Signals) => Promise<void> }

async function startApp(port: number, env: Record<string, string>): Promise<App> {
  const base = `http://localhost:${port}`
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' }
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: childEnv,
    detached: true,
    stdio: 'ignore',
  })
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid, signal)
    await exited
  }
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { child, base, stop }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop('SIGKILL')
  throw new Error(`the app on port ${port} did not start`)
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** A TCP relay in front of PostgreSQL that can be switched off and on, like a database restart. */
function databaseRelay(port: number) {
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(5432, '127.0.0.1')
        for (const s of [client, upstream]) {
          sockets.add(s)
          s.on('close', () => sockets.delete(s))
          s.on('error', () => s.destroy())
        }
        client.pipe(upstream).pipe(client)
      })
      server.listen(port, '127.0.0.1', () => resolve())
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy()
      server?.close(() => resolve())
    })
  return { start, stop }
}

async function until(check: () => Promise<boolean>, what: string, seconds = 20) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`timed out waiting for: ${what}`)
}

const status = (url: string) =>
  fetch(url, { redirect: 'manual' }).then(
    (r) => r.status,
    () => 0,
  )

test('a database restart gives a clear 503, and the app recovers by itself', async () => {
  const database = `deelwijs_fault_db_${stamp}`
  await withAdmin((c) => c.query(`CREATE DATABASE ${database}`))
  const relay = databaseRelay(55_432)
  await relay.start()
  const app = await startApp(3110, {
    DATABASE_URL: `postgresql://postgres@127.0.0.1:55432/${database}`,
    NEXTAUTH_URL: 'http://localhost:3110',
  })
  try {
    expect(await status(`${app.base}/`)).toBe(200)

    await relay.stop()
    // The app notices within a few seconds (two failed probes) and from then on answers every request with 503.
    await until(async () => (await status(`${app.base}/`)) === 503, 'pages to answer 503')
    expect(await status(`${app.base}/api/health`)).toBe(503)
    const page = await fetch(`${app.base}/leren`)
    expect(page.status).toBe(503)
    expect(page.headers.get('retry-after')).not.toBeNull()
    expect(await page.text()).toContain('Deelwijs is even niet bereikbaar')
    const api = await fetch(`${app.base}/api/rapportage/voltooiing`)
    expect(api.status).toBe(503)
    expect(await api.json()).toMatchObject({ error: 'database-unavailable' })

    await relay.start()
    await until(async () => (await status(`${app.base}/api/health`)) === 200, 'health to recover')
    expect(await status(`${app.base}/`)).toBe(200)
    expect(await status(`${app.base}/inloggen`)).toBe(200)
  } finally {
    await app.stop()
    await relay.stop()
    await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`))
  }
})

async function sceneHeading(page: Page) {
  return (await page.getByRole('main').getByRole('heading', { level: 2 }).first().textContent())?.trim() ?? ''
}

test('killed with SIGKILL in the middle of a dilemma, the server restarts and the learner resumes where they were', async ({
  browser,
}) => {
  // The same database kind as the suite: the real PostgreSQL when DATABASE_URL is set, else the embedded one.
  const database = `deelwijs_fault_kill_${stamp}`
  const dataDir = `.data/fault-${stamp}`
  const env: Record<string, string> = process.env.DATABASE_URL
    ? { DATABASE_URL: `postgresql://postgres@127.0.0.1:5432/${database}` }
    : { DEELWIJS_DATA_DIR: dataDir }
  if (process.env.DATABASE_URL) await withAdmin((c) => c.query(`CREATE DATABASE ${database}`))
  const port = 3111
  let app = await startApp(port, { ...env, NEXTAUTH_URL: `http://localhost:${port}` })
  const context = await browser.newContext({ baseURL: app.base })
  const page = await context.newPage()
  try {
    await signIn(page, DEMO.learner.email)
    await expect(page).toHaveURL(/\/leren$/)
    await page.goto('/leren/kramer/huisarts')
    await page.getByRole('button', { name: 'Begin dit dilemma' }).click()
    await choiceButton(page, 'binnenroepen').click()
    await expect(page.getByRole('heading', { level: 2, name: 'Wat je ziet' })).toBeVisible()
    // A rated choice, so its feedback and "Verder" follow (the buttons' order is shuffled per attempt).
    await choiceButton(page, 'eerlijk').click()
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Verder/ })
      .click()
    await expect(page).toHaveURL(/verder=/)
    const before = await sceneHeading(page)
    expect(before).not.toBe('')

    await app.stop('SIGKILL')
    expect(await status(`${app.base}/api/health`)).toBe(0)
    app = await startApp(port, { ...env, NEXTAUTH_URL: `http://localhost:${port}` })

    // The learner's browser reloads the page it was on: the same scene, from the database.
    await page.reload()
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toHaveText(before)
    // Coming back to the dilemma later shows the feedback of the last recorded choice, and "Verder" leads on.
    await page.goto('/leren/kramer/huisarts')
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Verder/ })
      .click()
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toHaveText(before)
  } finally {
    await context.close()
    await app.stop()
    if (process.env.DATABASE_URL) await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`))
    else rmSync(dataDir, { recursive: true, force: true })
  }
})
