import { db, Prisma } from '@/lib/db/client.server'
import { env } from '@/lib/env.server'
import { PlatformRefusal, type QueuedScore, sendScore } from '@/lib/lti/grades.server'

// The outbox: xAPI statements (XapiStatement) and gradebook scores (LtiScore) are written together with what they
// describe, and delivered from here, so an LRS or LMS that is down loses nothing. Each round claims due rows with a
// short lease (so two servers never send the same row at once, without holding a transaction open over the network),
// sends them, and marks them sent, or failed with a growing delay: 10 s, 20 s, 40 s … at most an hour.
// A score the platform refuses for good (a permanent 4xx, lib/lti/grades.server.ts) is parked instead: no more tries
// until an admin, having read the platform's answer at /beheer/lti, asks for one (ADR 036).

type Table = 'XapiStatement' | 'LtiScore'
const BATCH = 50

async function claim<T>(table: Table, columns: Prisma.Sql, from: Prisma.Sql = Prisma.empty) {
  const name = Prisma.raw(`"${table}"`)
  const parked = table === 'LtiScore' ? Prisma.sql`AND "parkedAt" IS NULL` : Prisma.empty
  return db().$queryRaw<T[]>`
    WITH due AS (
      SELECT "id" FROM ${name}
      WHERE "sentAt" IS NULL AND "nextTryAt" <= now() ${parked}
      ORDER BY "nextTryAt", "id" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    ), leased AS (
      UPDATE ${name} t SET "nextTryAt" = now() + interval '2 minutes' FROM due WHERE t."id" = due."id" RETURNING t.*
    )
    SELECT ${columns} FROM leased t ${from}`
}

async function markSent(table: Table, ids: string[]) {
  if (ids.length === 0) return
  await db().$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)} SET "sentAt" = now(), "lastError" = NULL WHERE "id" = ANY(${ids}::text[])`
}

async function markFailed(table: Table, ids: string[], error: unknown) {
  if (ids.length === 0) return
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500)
  await db().$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)}
    SET "tries" = "tries" + 1, "lastError" = ${message},
        "nextTryAt" = now() + make_interval(secs => least(3600, 10 * power(2, least("tries", 20))))
    WHERE "id" = ANY(${ids}::text[])`
}

/**
 * A score the platform refused for good: kept with its answer, never claimed again until an admin retries it. Its next
 * try moves out of reach too, so the claim's index scan (sentAt, nextTryAt) stops before parked rows instead of
 * filtering them out every round.
 */
async function markParked(id: string, refusal: PlatformRefusal) {
  const message = refusal.message.slice(0, 500)
  await db().$executeRaw`
    UPDATE "LtiScore"
    SET "tries" = "tries" + 1, "lastError" = ${message}, "lastStatus" = ${refusal.status}, "parkedAt" = now(),
        "nextTryAt" = now() + interval '100 years'
    WHERE "id" = ${id}`
}

type StatementRow = { id: string; statement: Record<string, unknown>; email: string | null; name: string | null }

/** With XAPI_ACTOR=named the actor is the person, looked up when sending; after erasure it stays the pseudonym. */
function withActor(row: StatementRow) {
  if (env().XAPI_ACTOR !== 'named' || !row.email) return row.statement
  return { ...row.statement, actor: { objectType: 'Agent', name: row.name, mbox: `mailto:${row.email}` } }
}

function statementsEndpoint(base: string) {
  return `${base.replace(/\/$/, '')}/statements`
}

export async function deliverStatements() {
  const settings = env()
  if (!settings.XAPI_LRS_URL) return { sent: 0, failed: 0 }
  const rows = await claim<StatementRow>(
    'XapiStatement',
    Prisma.sql`t."id", t."statement", u."email", u."name"`,
    Prisma.sql`LEFT JOIN "User" u ON u."id" = t."userId" ORDER BY t."storedAt", t."id"`,
  )
  if (rows.length === 0) return { sent: 0, failed: 0 }
  const ids = rows.map((r) => r.id)
  const credentials =
    settings.XAPI_LRS_USERNAME !== undefined
      ? `Basic ${Buffer.from(`${settings.XAPI_LRS_USERNAME}:${settings.XAPI_LRS_PASSWORD ?? ''}`).toString('base64')}`
      : undefined
  try {
    const response = await fetch(statementsEndpoint(settings.XAPI_LRS_URL), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-experience-api-version': '1.0.3',
        ...(credentials ? { authorization: credentials } : {}),
      },
      body: JSON.stringify(rows.map(withActor)),
      signal: AbortSignal.timeout(15_000),
    })
    if (!response.ok) throw new Error(`LRS answered ${response.status}`)
    await markSent('XapiStatement', ids)
    return { sent: ids.length, failed: 0 }
  } catch (error) {
    await markFailed('XapiStatement', ids, error)
    return { sent: 0, failed: ids.length }
  }
}

export async function deliverScores() {
  const rows = await claim<QueuedScore>(
    'LtiScore',
    Prisma.sql`t."id", t."scoreGiven", t."scoreMaximum", t."createdAt", l."ltiUserId", l."lineItemUrl",
      p."id" AS "platformId", p."clientId", p."accessTokenUrl", p."accessTokenAudience"`,
    Prisma.sql`JOIN "LtiGradeLink" l ON l."id" = t."gradeLinkId" JOIN "LtiPlatform" p ON p."id" = l."platformId"
      ORDER BY t."createdAt", t."id"`,
  )
  let sent = 0
  let failed = 0
  let parked = 0
  // One at a time and in order: a later score for the same column must not overtake an earlier one.
  for (const row of rows) {
    try {
      await sendScore(row)
      await markSent('LtiScore', [row.id])
      sent++
    } catch (error) {
      if (error instanceof PlatformRefusal && error.permanent) {
        await markParked(row.id, error)
        parked++
      } else {
        await markFailed('LtiScore', [row.id], error)
        failed++
      }
    }
  }
  return { sent, failed, parked }
}

export async function deliverDue() {
  return { statements: await deliverStatements(), scores: await deliverScores() }
}

let timer: NodeJS.Timeout | undefined
let running = false

/** Runs deliverDue every OUTBOX_INTERVAL_SECONDS in this server process (started from instrumentation.ts). */
export function startOutboxWorker() {
  if (timer) return
  timer = setInterval(async () => {
    if (running) return
    running = true
    try {
      await deliverDue()
    } catch (error) {
      // The database may be down (lib/db/health.server.ts answers users meanwhile); the next round tries again.
      console.error('[outbox] delivery round failed:', error instanceof Error ? error.message : error)
    } finally {
      running = false
    }
  }, env().OUTBOX_INTERVAL_SECONDS * 1000)
  timer.unref()
}
