import { db, Prisma } from '@/lib/db/client.server'
import { findNode } from '@/lib/engine/moves'
import { env } from '@/lib/env.server'
import { column, cte, type MoveFragment } from '@/lib/progress/move-statement.server'
import { getCase, getDilemma } from '@/lib/scenarios/catalog.server'
import type { DilemmaGraph } from '@/lib/scenarios/graph'
import {
  answeredStatement,
  completedStatement,
  launchedStatement,
  type NamedStatement,
  pseudonymFor,
  type StatementSubject,
  scoredStatement,
} from './statements'

// Records xAPI statements in the XapiStatement outbox, in the same write as what they describe: a started attempt
// (startAttempt's transaction) or a recorded move (the recorder's single statement). lib/outbox delivers them to
// the LRS with retries, so nothing is lost while the LRS is down. Off unless XAPI_ENABLED=true.

export function xapiEnabled() {
  return env().XAPI_ENABLED === 'true'
}

/** The namespace of statement ids: the configured public address (statements outlive any one request). */
function origin() {
  const e = env()
  return e.NEXTAUTH_URL ? new URL(e.NEXTAUTH_URL).origin : `http://localhost:${e.PORT}`
}

function title(read: () => string | undefined, fallback: string) {
  try {
    return read() ?? fallback
  } catch {
    return fallback
  }
}

export function statementSubject(
  userId: string,
  attemptId: string | undefined,
  target: { caseId: string; dilemmaId?: string },
): StatementSubject {
  const { caseId, dilemmaId } = target
  return {
    origin: origin(),
    pseudonym: pseudonymFor(userId, env().NEXTAUTH_SECRET ?? 'deelwijs'),
    ...(attemptId ? { attemptId } : {}),
    caseId,
    caseTitle: title(() => getCase(caseId)?.frontmatter.title, caseId),
    ...(dilemmaId
      ? { dilemmaId, dilemmaTitle: title(() => getDilemma(caseId, dilemmaId)?.frontmatter.title, dilemmaId) }
      : {}),
  }
}

/**
 * The statements for one recorded move: answered for a choice, completed and scored when it reaches an ending. The
 * completed statement's success is whether the attempt is behaald (lib/engine/scoring.ts isBehaald).
 */
export function statementsForMove(
  subject: StatementSubject,
  graph: DilemmaGraph,
  move: { kind: string; fromScene: string; choiceId: string | null; quality: string | null },
  ending: { score: number | null; behaald: boolean } | null,
): NamedStatement[] {
  const at = new Date()
  const statements: NamedStatement[] = []
  const scene = findNode(graph, move.fromScene)
  if (move.kind === 'choice' && move.choiceId && scene?.kind === 'scene') {
    const choices = scene.choices.map((c) => ({ id: c.id, label: c.label }))
    statements.push(
      answeredStatement(
        subject,
        { sceneId: scene.id, sceneTitle: scene.title, choices, choiceId: move.choiceId, quality: move.quality },
        at,
      ),
    )
  }
  if (ending) {
    statements.push(completedStatement(subject, ending, at))
    if (ending.score !== null) statements.push(scoredStatement(subject, ending.score, at))
  }
  return statements
}

function rows(statements: NamedStatement[]) {
  return JSON.stringify(statements.map((s) => ({ id: s.id, verb: s.verb, statement: s.statement })))
}

/**
 * A CTE for the recorder's statement (lib/progress/move-statement.server.ts): the rows are written only when its
 * `moved` CTE wrote the move, and carry the learner's organisations from its `orgs` CTE (for the per-organisation
 * export). The names come from the statement's module, so the two cannot drift apart.
 */
export function statementsCte(userId: string, statements: NamedStatement[]): MoveFragment[] {
  if (statements.length === 0) return []
  return [
    {
      name: 'xapi',
      sql: Prisma.sql`
      INSERT INTO "XapiStatement" ("id", "userId", "organisationIds", "verb", "statement")
      SELECT x."id", ${userId},
             COALESCE((SELECT array_agg(${column('orgs', 'organisationId')}) FROM ${cte('orgs')}), '{}'),
             x."verb", x."statement"
      FROM ${cte('moved')}, jsonb_to_recordset(${rows(statements)}::jsonb) AS x("id" text, "verb" text, "statement" jsonb)`,
    },
  ]
}

type Tx = Pick<Prisma.TransactionClient, '$executeRaw'>

/** For writes outside the recorder (starting an attempt): the same rows, inside the caller's transaction. */
export async function recordStatements(tx: Tx, userId: string, statements: NamedStatement[]) {
  if (statements.length === 0) return
  await tx.$executeRaw`
    INSERT INTO "XapiStatement" ("id", "userId", "organisationIds", "verb", "statement")
    SELECT x."id", ${userId},
      COALESCE((SELECT array_agg(DISTINCT "organisationId") FROM "Membership" WHERE "userId" = ${userId}), '{}'),
      x."verb", x."statement"
    FROM jsonb_to_recordset(${rows(statements)}::jsonb) AS x("id" text, "verb" text, "statement" jsonb)`
}

export function launchedStatements(userId: string, attemptId: string, dilemma: { caseId: string; dilemmaId: string }) {
  return xapiEnabled() ? [launchedStatement(statementSubject(userId, attemptId, dilemma), new Date())] : []
}

/** A launch from a learning environment (LTI) of a dilemma or a case. */
export async function recordLmsLaunch(userId: string, target: { caseId: string; dilemmaId?: string } | null) {
  if (!target || !xapiEnabled()) return
  await recordStatements(db(), userId, [launchedStatement(statementSubject(userId, undefined, target), new Date())])
}

/** Rows for the per-organisation export, oldest first, in pages (the export streams them). */
export async function statementsPage(organisationId: string, after: { storedAt: Date; id: string } | null, take = 500) {
  return db().xapiStatement.findMany({
    where: {
      organisationIds: { has: organisationId },
      ...(after
        ? { OR: [{ storedAt: { gt: after.storedAt } }, { storedAt: after.storedAt, id: { gt: after.id } }] }
        : {}),
    },
    orderBy: [{ storedAt: 'asc' }, { id: 'asc' }],
    take,
    select: { id: true, storedAt: true, statement: true },
  })
}
