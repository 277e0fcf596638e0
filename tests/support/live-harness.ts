import { type ChildProcess, spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { encode } from 'next-auth/jwt'
import pg from 'pg'
import { sessionClaimsFor } from '../../lib/auth/issue-session.server'
import { SESSION_COOKIES } from '../../lib/auth/session-lifetime'

// Drives live sessions over real HTTP against app processes (scripts/serve.ts on a production build): for the
// two-instance test and the live benchmark (bench/live). Sessions and participants are written straight into the
// database (joining is not what is measured); everything else goes through the app: SSE streams, votes, controls.

export const HARNESS_SECRET = 'live-harness-secret-that-is-not-for-production'

export type Instance = { base: string; pid: number; process: ChildProcess }

/** Starts app processes (one per port) on the database; resolves when every one answers /api/health. */
export async function startInstances(databaseUrl: string, ports: number[], extraEnv: Record<string, string> = {}) {
  const instances: Instance[] = ports.map((port) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_MAX: '10',
        PORT: String(port),
        NEXTAUTH_SECRET: HARNESS_SECRET,
        NEXTAUTH_URL: `http://localhost:${port}`,
        ...extraEnv,
      },
    })
    return { base: `http://localhost:${port}`, pid: child.pid ?? 0, process: child }
  })
  for (const instance of instances) {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${instance.base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
      if (ok) break
      if (i > 240 || instance.process.exitCode !== null) throw new Error(`${instance.base} did not start`)
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  return {
    instances,
    async stop() {
      await Promise.all(
        instances.map(
          (instance) =>
            new Promise<void>((resolve) => {
              if (instance.process.exitCode !== null) return resolve()
              instance.process.once('exit', () => resolve())
              instance.process.kill('SIGTERM')
            }),
        ),
      )
    },
  }
}

/** Resident memory of a process, in bytes (Linux). */
export function rssBytes(pid: number): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)
  return match ? Number(match[1]) * 1024 : 0
}

export type SeededSession = { id: string; step: number; choiceIds: string[]; tokens: string[] }

/**
 * An organisation, a docent (with a session cookie for the app) and `sessions` live sessions of kramer/huisarts at
 * its decision point `sceneId`, each with `phones` participants.
 */
export async function seedLiveSessions(
  databaseUrl: string,
  options: { sessions: number; phones: number; sceneId: string; choiceIds: string[] },
) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const suffix = randomBytes(4).toString('hex')
    const orgId = `live-org-${suffix}`
    const docentId = `live-docent-${suffix}`
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind) VALUES ($1, $1, 'Hogeschool Live', 'hogeschool')`,
      [orgId],
    )
    await client.query(`INSERT INTO "User" (id, email, name) VALUES ($1, $1 || '@live.example', 'Docent Live')`, [
      docentId,
    ])
    await client.query(
      `INSERT INTO "Membership" (id, "userId", "organisationId", role) VALUES ($1, $1, $2, 'docent')`,
      [docentId, orgId],
    )
    const sessions: SeededSession[] = []
    for (let s = 0; s < options.sessions; s++) {
      const id = `live${suffix}s${s}`
      await client.query(
        `INSERT INTO "LiveSession" (id, "organisationId", "docentId", "caseId", "dilemmaId", "contentHash", "joinCode",
           seed, "sceneId", step) VALUES ($1, $2, $3, 'kramer', 'huisarts', 'bench', $4, $5, $6, 1)`,
        [
          id,
          orgId,
          docentId,
          randomBytes(8).toString('hex').toUpperCase(),
          randomBytes(8).toString('hex'),
          options.sceneId,
        ],
      )
      const tokens = Array.from({ length: options.phones }, () => randomBytes(24).toString('base64url'))
      await client.query(
        `INSERT INTO "LiveParticipant" (id, "sessionId", "tokenHash") SELECT 'p' || md5(t), $1, encode(sha256(t::bytea), 'hex') FROM unnest($2::text[]) t`,
        [id, tokens],
      )
      // Check the hash matches what the app computes.
      const [first] = tokens
      if (first) {
        const expected = createHash('sha256').update(first).digest('hex')
        const found = await client.query(`SELECT 1 FROM "LiveParticipant" WHERE "tokenHash" = $1`, [expected])
        if (found.rowCount !== 1) throw new Error('participant token hashes differ from the app’s')
      }
      sessions.push({ id, step: 1, choiceIds: options.choiceIds, tokens })
    }
    const claims = sessionClaimsFor(docentId, 0, 'exempt')
    const value = await encode({ token: claims, secret: HARNESS_SECRET, maxAge: 60 * 60 })
    return { sessions, docentCookie: `${SESSION_COOKIES[1]}=${value}` }
  } finally {
    await client.end()
  }
}

export const participantCookie = (sessionId: string, token: string) => `deelwijs_live_${sessionId}=${token}`

export type StreamFrame = { event: string; data: Record<string, unknown>; at: number }

/** An open SSE stream; `onFrame` is called for each event with the time it arrived (performance.now()). */
export async function openStream(
  base: string,
  sessionId: string,
  cookie: string,
  onFrame: (frame: StreamFrame) => void,
): Promise<{ close: () => void }> {
  const abort = new AbortController()
  const response = await fetch(`${base}/api/live/${sessionId}/events`, { headers: { cookie }, signal: abort.signal })
  if (!response.ok || !response.body) throw new Error(`stream ${response.status}`)
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      const at = performance.now()
      buffer += decoder.decode(value, { stream: true })
      let end = buffer.indexOf('\n\n')
      while (end >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = block.match(/^event: (.*)$/m)?.[1]
        const data = block.match(/^data: (.*)$/m)?.[1]
        if (event && data) onFrame({ event, data: JSON.parse(data), at })
        end = buffer.indexOf('\n\n')
      }
    }
  })().catch(() => {})
  return { close: () => abort.abort() }
}

export async function postJson(base: string, path: string, cookie: string, body: unknown) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: base },
    body: JSON.stringify(body),
  })
  await response.arrayBuffer()
  return response.status
}
