// A small Deelwijs "region" on this machine for the multi-instance tests: one fresh PostgreSQL database, Redis, app
// instances started exactly as the container starts them (Dockerfile: `node --import tsx scripts/serve.ts` on the
// production build, migrations by the same command the chart's migration Job runs), and HAProxy from Debian in front,
// round-robin with health checks on /api/health/ready. See docs/decisions/031-running-several-instances.md.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { hashPassword } from '@/lib/auth/password.server'
import { withDatabase } from '@/lib/db/connection.server'

const root = process.cwd()

export function adminUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('The multi-instance tests need DATABASE_URL (a PostgreSQL server); see ADR 031.')
  return url
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export type Database = { url: string; drop: () => Promise<void> }

export async function freshServerDatabase(): Promise<Database> {
  // Our own name (prefix, base 36 time, pid), never input: safe to interpolate.
  const name = `deelwijs_instances_${Date.now().toString(36)}_${process.pid}`
  await admin(`CREATE DATABASE "${name}"`)
  return { url: withDatabase(adminUrl(), name), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

/** A process we started, with everything it printed (the tests read the logs). */
export type Proc = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

export function startProcess(command: string, args: string[], env: Record<string, string | undefined>): Proc {
  const child = spawn(command, args, { cwd: root, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk
  })
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code: number | null) => resolve(code)))
  return { child, output: () => output, exited }
}

/** The chart's migration Job: `node --import tsx scripts/db.ts deploy`. */
export async function migrate(url: string) {
  const job = startProcess(process.execPath, ['--import', 'tsx', 'scripts/db.ts', 'deploy'], {
    ...process.env,
    DATABASE_URL: url,
  })
  const code = await job.exited
  if (code !== 0) throw new Error(`migration job failed:\n${job.output()}`)
}

export const PASSWORD = 'instances-wachtwoord-2026'

/** `count` learners learner1..N@instances.example in one gemeente (one password hash: hashing is slow on purpose). */
export async function seedLearners(url: string, count: number) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const hash = await hashPassword(PASSWORD)
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind) VALUES ('inst', 'inst', 'Gemeente Tweevoud', 'gemeente')`,
    )
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash")
       SELECT 'u' || i, 'learner' || i || '@instances.example', 'Deelnemer ' || i, $1 FROM generate_series(1, $2::int) i`,
      [hash, count],
    )
    await client.query(
      `INSERT INTO "Membership" (id, "userId", "organisationId", role)
       SELECT 'm' || i, 'u' || i, 'inst', 'learner' FROM generate_series(1, $1::int) i`,
      [count],
    )
  } finally {
    await client.end()
  }
}

export type InstanceSettings = { url: string; redisUrl: string; secret: string; publicUrl: string }

export function instanceSettings(url: string, publicUrl: string): InstanceSettings {
  return { url, redisUrl: 'redis://127.0.0.1:6379', secret: randomBytes(32).toString('base64url'), publicUrl }
}

/** The environment the image and the chart give the app (deploy/helm/deelwijs/templates/deployment.yaml). */
export function instanceEnv(
  settings: InstanceSettings,
  port: number,
  extra: Record<string, string> = {},
): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    DATABASE_URL: settings.url,
    DATABASE_POOL_MAX: '5',
    NEXTAUTH_SECRET: settings.secret,
    NEXTAUTH_URL: settings.publicUrl,
    REDIS_URL: settings.redisUrl,
    // The test plays the outer proxy (the ingress) too: it sends X-Forwarded-For, HAProxy appends its own client.
    TRUST_PROXY_HOPS: '2',
    DEELWIJS_SEED_DEMO: 'false',
    ...extra,
  }
}

export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

export type Instance = Proc & { port: number; base: string }

export async function startInstance(
  settings: InstanceSettings,
  port: number,
  extra?: Record<string, string>,
  nodeArgs: string[] = [],
) {
  const proc = startProcess(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', 'scripts/serve.ts'],
    instanceEnv(settings, port, extra),
  )
  const base = `http://127.0.0.1:${port}`
  let exitCode: number | null | undefined
  void proc.exited.then((code) => {
    exitCode = code
  })
  await until(async () => {
    if (exitCode !== undefined) throw new Error(`instance on ${port} exited ${exitCode}:\n${proc.output()}`)
    return (await fetch(`${base}/api/health/ready`)).ok
  }, `the instance on port ${port} to be ready`)
  return { ...proc, port, base } satisfies Instance
}

/** SIGTERM, then the exit code (the graceful stop of scripts/serve.ts). */
export async function stopInstance(instance: Instance): Promise<number | null> {
  instance.child.kill('SIGTERM')
  return instance.exited
}

export type Balancer = Proc & { base: string; statusOf: () => Promise<Record<string, string>> }

/** HAProxy in front of the instances: round-robin, readiness checks every 500 ms, connection failures redispatched. */
export async function startBalancer(port: number, backends: Record<string, number>): Promise<Balancer> {
  const statsPort = port + 1
  const servers = Object.entries(backends)
    .map(([name, backendPort]) => `  server ${name} 127.0.0.1:${backendPort} check`)
    .join('\n')
  const config = `global
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # A refused connection (an instance that stopped listening) is retried on the other instance: nothing was sent yet,
  # so this is safe for POSTs too.
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response
  # One request per connection to the app: no idle keep-alive connection can be closed under a request on its way.
  option http-server-close
  option forwardfor
frontend app
  bind 127.0.0.1:${port}
  default_backend instances
frontend stats
  bind 127.0.0.1:${statsPort}
  stats enable
  stats uri /stats
backend instances
  balance roundrobin
  option httpchk GET /api/health/ready
  http-check expect status 200
  default-server inter 500ms fall 2 rise 2
${servers}
`
  const dir = mkdtempSync(path.join(tmpdir(), 'deelwijs-haproxy-'))
  const file = path.join(dir, 'haproxy.cfg')
  writeFileSync(file, config)
  const proc = startProcess('haproxy', ['-f', file, '-db'], process.env)
  const statusOf = async () => {
    const csv = await (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text()
    const rows = csv.split('\n').map((line) => line.split(','))
    return Object.fromEntries(
      rows.filter((r) => r[0] === 'instances' && r[1] && r[1] !== 'BACKEND').map((r) => [r[1], r[17] ?? '']),
    )
  }
  return { ...proc, base: `http://127.0.0.1:${port}`, statusOf }
}

export async function untilUp(balancer: Balancer, names: string[]) {
  await until(
    async () => {
      const status = await balancer.statusOf()
      return names.every((name) => status[name] === 'UP')
    },
    `HAProxy to see ${names.join(', ')} up`,
  )
}
