import { describe, expect, it } from 'vitest'
import { Prisma } from '@/lib/db/client.server'
import { statementsCte } from '@/lib/xapi/record.server'
import { completedStatement, type StatementSubject } from '@/lib/xapi/statements'
import { MOVE_CTES, type MoveFragment, type MoveWrite, moveStatement } from './move-statement.server'
import { rollupsForMove } from './rollup.server'

// The move statement and its fragments are written in three modules; this renders the whole statement as Postgres
// gets it and checks that every CTE a fragment reads is defined before it, and every column it reads from a CTE is
// one that CTE returns. A renamed CTE or column on either side fails here, not in production.

const write: MoveWrite = {
  userId: 'user-1',
  attemptId: 'attempt-1',
  step: 3,
  scene: 'einde',
  flags: [],
  score: 80,
  status: 'completed',
  outcome: 'passend',
  ended: true,
  event: { kind: 'choice', fromScene: 's2', toScene: 'einde', choiceId: 'c1', quality: 'passend' },
}
const subject: StatementSubject = {
  origin: 'https://deelwijs.example',
  pseudonym: 'p',
  attemptId: 'attempt-1',
  caseId: 'kramer',
  caseTitle: 'Kramer',
  dilemmaId: 'huisarts',
  dilemmaTitle: 'Huisarts',
}
const dilemma = { caseId: 'kramer', dilemmaId: 'huisarts' }

function fullStatement(extra: MoveFragment[] = []) {
  return moveStatement(write, [
    ...rollupsForMove('user-1', dilemma, {
      answer: { sceneId: 's2', choiceId: 'c1', quality: 'passend' },
      completed: { score: 80, outcome: 'passend' },
    }),
    ...statementsCte('user-1', [completedStatement(subject, { score: 80, behaald: true }, new Date())]),
    ...extra,
  ]).text
}

type Cte = { name: string; start: number; end: number; columns: Set<string> }

/** The body of the parenthesised group opening at `open`. */
function group(sql: string, open: number) {
  let depth = 0
  for (let i = open; i < sql.length; i++) {
    if (sql[i] === '(') depth++
    if (sql[i] === ')' && --depth === 0) return { body: sql.slice(open + 1, i), end: i }
  }
  throw new Error('unbalanced parentheses')
}

/** The statement's CTEs in order, each with the columns it returns (its RETURNING list, else its SELECT list). */
function ctes(sql: string): Cte[] {
  const found: Cte[] = []
  for (const match of sql.matchAll(/(?:WITH|,)\s+([a-z_]+)\s+AS\s+\(/g)) {
    const open = (match.index ?? 0) + match[0].length - 1
    const { body, end } = group(sql, open)
    const list =
      /RETURNING\s+([^;]*)$/.exec(body)?.[1] ?? /^\s*SELECT\s+(?:DISTINCT\s+)?(.*?)\s+FROM\s/s.exec(body)?.[1]
    const columns = new Set([...(list ?? '').matchAll(/"(\w+)"(?:\s*,|\s*$)/g)].map((m) => m[1] as string))
    found.push({ name: match[1] as string, start: match.index ?? 0, end, columns })
  }
  return found
}

/** What a fragment reads that the statement does not define. */
function problems(sql: string): string[] {
  const defined = ctes(sql)
  const out: string[] = []
  const before = (name: string, at: number) => defined.find((c) => c.name === name && c.end < at)
  // Unquoted names after FROM/JOIN are CTEs (tables are quoted, functions are followed by a parenthesis).
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)\b(?!\s*\()(?:\s+([a-z])\b(?!\w))?/g)) {
    const [, name, alias] = m as unknown as [string, string, string | undefined]
    const at = m.index ?? 0
    const cte = before(name, at)
    if (!cte) {
      out.push(`reads ${name}, which is not a CTE defined before it`)
      continue
    }
    if (alias) {
      const scope = sql.slice(Math.max(0, sql.lastIndexOf(' AS (', at)), at + 400)
      for (const col of scope.matchAll(new RegExp(`\\b${alias}\\."(\\w+)"`, 'g'))) {
        if (!cte.columns.has(col[1] as string))
          out.push(`reads ${alias}."${col[1]}" from ${name}, which has no such column`)
      }
    }
  }
  // (SELECT "col" FROM cte) and (SELECT fn("col") FROM cte)
  for (const m of sql.matchAll(/SELECT\s+(?:\w+\()?"(\w+)"\)?\s+FROM\s+([a-z_]+)\b/g)) {
    const [, col, name] = m as unknown as [string, string, string]
    const cte = before(name, m.index ?? 0)
    if (cte && !cte.columns.has(col)) out.push(`reads "${col}" from ${name}, which has no such column`)
  }
  return out
}

describe('the move statement and its fragments', () => {
  it('agree: every CTE and column a fragment reads is defined by the statement', () => {
    const sql = fullStatement()
    expect(ctes(sql).map((c) => c.name)).toEqual([
      'moved',
      'recorded',
      'orgs',
      'started',
      'completed_elsewhere',
      'answered',
      'xapi',
    ])
    expect([...(ctes(sql)[0]?.columns ?? [])]).toEqual(Object.values(MOVE_CTES.moved.columns))
    expect([...(ctes(sql)[2]?.columns ?? [])]).toEqual(Object.values(MOVE_CTES.orgs.columns))
    expect(problems(sql)).toEqual([])
  })

  it('fails for a fragment that reads a CTE the statement does not define', () => {
    const stray = { name: 'stray', sql: Prisma.sql`SELECT 1 FROM movd` }
    expect(problems(fullStatement([stray]))).toEqual(['reads movd, which is not a CTE defined before it'])
  })

  it('fails for a fragment that reads a column the statement does not return', () => {
    const stray = { name: 'stray', sql: Prisma.sql`SELECT (SELECT "finishedAt" FROM moved)` }
    expect(problems(fullStatement([stray]))).toEqual(['reads "finishedAt" from moved, which has no such column'])
    const aliased = { name: 'aliased', sql: Prisma.sql`SELECT o."orgId" FROM orgs o` }
    expect(problems(fullStatement([aliased]))).toEqual(['reads o."orgId" from orgs, which has no such column'])
  })

  it('refuses two CTEs of one name', () => {
    expect(() => fullStatement([{ name: 'orgs', sql: Prisma.sql`SELECT 1` }])).toThrow(/two CTEs named orgs/)
  })
})
