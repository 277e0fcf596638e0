import { Prisma } from '@/lib/db/client.server'

// The one SQL statement that records a learner's move (ADR 016): it moves the attempt, appends the event, and carries
// the fragments that must commit with it (the report rollups, lib/progress/rollup.server.ts, and the xAPI outbox,
// lib/xapi/record.server.ts). This module owns the statement and exports the names the fragments attach to, so a
// fragment never spells a CTE or column of the statement itself; lib/progress/move-statement.test.ts renders the
// whole statement and fails when a fragment reads a CTE or column the statement does not define.

/** The CTEs of the statement that fragments may read, and the columns each of them returns. */
export const MOVE_CTES = {
  /** The attempt row the move updated: empty when the move was not written (a concurrent move got there first). */
  moved: { name: 'moved', columns: { attemptId: 'id', startedAt: 'startedAt' } },
  /** The organisations the learner belongs to, only when the move was written (rollup rows and xAPI export). */
  orgs: { name: 'orgs', columns: { organisationId: 'organisationId' } },
} as const

type CteName = keyof typeof MOVE_CTES

/** A CTE name of the statement, for use in a fragment: `FROM ${cte('moved')}`. */
export function cte(name: CteName): Prisma.Sql {
  return Prisma.raw(MOVE_CTES[name].name)
}

/** A column of one of the statement's CTEs, quoted: `SELECT ${column('moved', 'startedAt')} FROM ${cte('moved')}`. */
export function column<N extends CteName>(name: N, key: keyof (typeof MOVE_CTES)[N]['columns']): Prisma.Sql {
  const columns = MOVE_CTES[name].columns as Record<string, string>
  return Prisma.raw(`"${columns[key as string]}"`)
}

/** True in a fragment only when the move was written: guard every write with it. */
export const MOVE_WRITTEN = Prisma.sql`EXISTS (SELECT 1 FROM ${cte('moved')})`

/** A CTE a fragment adds to the statement: `, <name> AS (<sql>)`. Names must not repeat the statement's own. */
export type MoveFragment = { name: string; sql: Prisma.Sql }

export type MoveWrite = {
  userId: string
  attemptId: string
  step: number
  scene: string
  flags: string[]
  score: number | null
  status: 'in_progress' | 'completed'
  /** The ending's outcome when the move ends the attempt, else null. */
  outcome: string | null
  ended: boolean
  event: {
    kind: string
    fromScene: string
    toScene: string
    choiceId: string | null
    quality: string | null
  }
}

/**
 * The statement for one move. The attempt row moves only from the step the move was planned on (optimistic
 * concurrency); everything else is written only when it did. Returns one row: `moved`, 1 when written, else 0.
 */
export function moveStatement(write: MoveWrite, fragments: readonly MoveFragment[]): Prisma.Sql {
  const { userId, attemptId, event } = write
  const names = ['moved', 'recorded', 'orgs', ...fragments.map((f) => f.name)]
  const twice = names.find((name, i) => names.indexOf(name) !== i)
  if (twice) throw new Error(`The move statement has two CTEs named ${twice}`)
  const rest = fragments.map((f) => Prisma.sql`, ${Prisma.raw(f.name)} AS (${f.sql})`)
  return Prisma.sql`
    WITH ${cte('moved')} AS (
      UPDATE "Attempt"
      SET "step" = ${write.step}, "currentScene" = ${write.scene}, "flags" = ${write.flags}::text[],
          "score" = ${write.score}::int, "status" = ${write.status}::"AttemptStatus",
          "outcome" = CASE WHEN ${write.ended} THEN ${write.outcome}::text ELSE "outcome" END,
          "completedAt" = CASE WHEN ${write.ended} THEN now() ELSE "completedAt" END, "updatedAt" = now()
      WHERE "id" = ${attemptId} AND "userId" = ${userId} AND "step" = ${write.step - 1} AND "status" = 'in_progress'
      RETURNING ${column('moved', 'attemptId')}, ${column('moved', 'startedAt')}
    ), recorded AS (
      INSERT INTO "ChoiceEvent" ("id", "attemptId", "step", "kind", "fromScene", "toScene", "choiceId", "quality")
      SELECT gen_random_uuid()::text, ${column('moved', 'attemptId')}, ${write.step}, ${event.kind}, ${event.fromScene},
             ${event.toScene}, ${event.choiceId}, ${event.quality}
      FROM ${cte('moved')}
    ), ${cte('orgs')} AS (
      SELECT DISTINCT ${column('orgs', 'organisationId')} FROM "Membership"
      WHERE "userId" = ${userId} AND ${MOVE_WRITTEN}
    )${rest.length > 0 ? Prisma.join(rest, '') : Prisma.empty}
    SELECT count(*)::int AS "moved" FROM ${cte('moved')}`
}
