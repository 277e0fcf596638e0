import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// One read model decides status and behaald (lib/progress/standing.server.ts, docs/decisions/018). This test fails
// when a module outside lib/progress reads attempts or the progress rollup to show progress itself.

const ROOTS = ['app', 'components', 'lib']

/** Reading attempts or the rollup's progress columns: allowed only in lib/progress and the owners below. */
const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  { pattern: /\.attempt\.(find|count|groupBy|aggregate)|db\(\)\.attempt\./, what: 'a Prisma query on Attempt' },
  { pattern: /\battempts: \{/, what: "a nested read of a user's attempts" },
  { pattern: /"Attempt"/, what: 'SQL over "Attempt"' },
  { pattern: /status: 'completed'/, what: "an attempt status filter (status: 'completed')" },
  { pattern: /learnerDilemma\./, what: 'a Prisma query on the LearnerDilemma rollup' },
  { pattern: /"(completedAt|behaaldAt|bestScore)"/, what: 'a rollup progress column in SQL' },
]

/**
 * Owners that read or write attempts for something other than showing progress, each with its reason. Keep this
 * list short: a new view must use the read model instead.
 */
const ALLOWED = new Map<string, string>([
  // The AVG export lists every attempt as stored: it is the person's data, not a progress view.
  ['lib/accounts/my-data.server.ts', 'account export (AVG art. 15/20)'],
  // The FG's privacy pack counts the records each table holds for the organisation; it shows no one's progress.
  ['lib/privacy/organisation-export.server.ts', 'record counts for the FG (AVG art. 30/35)'],
  // The demo seed writes history (attempts with past timestamps), it does not display it.
  ['lib/seed/demo-staff.server.ts', 'demo seed writes attempts'],
])

function sources(root: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name)
    if (entry.isDirectory()) {
      if (entry.name === 'generated' || entry.name === 'node_modules') continue
      out.push(...sources(full))
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      out.push(full)
    }
  }
  return out
}

function violations(file: string, text: string) {
  if (file.startsWith('lib/progress/')) return []
  return FORBIDDEN.filter((f) => f.pattern.test(text)).map((f) => `${file}: ${f.what}`)
}

describe('the progress read model guard', () => {
  it('finds no module outside lib/progress that reads attempts or the rollup for display', () => {
    const found = ROOTS.flatMap(sources)
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) => violations(file, readFileSync(file, 'utf8')))
    expect(found).toEqual([])
  })

  it('lists only owners that exist and still need the exception', () => {
    for (const file of ALLOWED.keys()) {
      const text = readFileSync(file, 'utf8')
      expect(
        FORBIDDEN.some((f) => f.pattern.test(text)),
        file,
      ).toBe(true)
    }
  })

  it('catches a view that computes status itself', () => {
    const view = `const done = await db().attempt.findMany({ where: { userId, status: 'completed' } })`
    expect(violations('app/(leren)/leren/page.tsx', view)).toHaveLength(2)
    expect(violations('lib/progress/standing.server.ts', view)).toEqual([])
    expect(violations('lib/reports/x.server.ts', 'SELECT ld."behaaldAt" FROM "LearnerDilemma" ld')).toHaveLength(1)
  })
})
