import { expect, test } from 'vitest'
import { db } from '@/lib/db/client.server'
import { toReportFilters } from '@/lib/reports/filters'
import { reportFiltersFor } from '@/lib/reports/filters.server'
import { type DecisionPointInsight, insightPeriods } from '@/lib/reports/insight.server'
import { MONTHS } from '@/lib/reports/periods'
import { MAX_NOISE } from '@/lib/reports/perturbation'
import { requiredModules } from '@/lib/reports/required.server'
import { insightTable, staffTable } from '@/lib/reports/tables.server'
import { seedDemo } from '@/lib/seed/demo.server'

// The differencing attack of issue 15, replayed as a curious coordinator would: take every insight table the
// coordinator can get, learn from the staff list when each colleague finished each dilemma, find pairs of tables
// whose respondents (as far as the coordinator can tell) differ by exactly one colleague, and read that colleague's
// first answer off the difference. The attack knows the published noise bound and claims a choice only when every
// other answer is impossible.
//
// Measured on the demo before issue 15 (free van/tot day ranges, staff dates per day, exact counts): 408 tables,
// 179 pairs differing by one colleague, 18 first answers named with certainty, 8 of the 14 colleagues exposed.
// Since (fixed periods and teams, staff dates per week, cell key perturbation): no such pair, nothing named, and the
// attack's accuracy equals always guessing the most common answer.

type Table = {
  label: string
  firstDay: string
  lastDay: string
  teamName: string | null
  points: DecisionPointInsight[]
}
type Interval = { lo: string; hi: string }

const pad = (n: number) => String(n).padStart(2, '0')
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

/** What a displayed completion date tells the coordinator: the days it could have happened on. */
function intervalOf(shown: string): Interval | null {
  const day = shown.match(/^(\d{1,2}) (\p{L}+) (\d{4})$/u)
  if (day) {
    const iso = `${day[3]}-${pad(MONTHS.indexOf(day[2] ?? '') + 1)}-${pad(Number(day[1]))}`
    return { lo: iso, hi: iso }
  }
  const week = shown.match(/^week (\d{1,2}), (\d{4})$/)
  if (week) {
    // ISO week: the week with 4 January is week 1; weeks start on Monday.
    const jan4 = new Date(Date.UTC(Number(week[2]), 0, 4))
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000)
    const lo = new Date(monday.getTime() + (Number(week[1]) - 1) * 7 * 86_400_000)
    return { lo: isoDay(lo), hi: isoDay(new Date(lo.getTime() + 6 * 86_400_000)) }
  }
  return null
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })

/**
 * Every insight table the coordinator can request, through the same function the page and the CSV export use: every
 * fixed period on offer, for the organisation and each team, for all dilemmas and each dilemma.
 */
async function releasableTables(organisationId: string): Promise<Table[]> {
  const { teams } = await reportFiltersFor(organisationId, {})
  const periods = await insightPeriods(organisationId)
  const { modules } = await requiredModules(organisationId)
  const tables: Table[] = []
  for (const period of periods)
    for (const team of [null, ...teams])
      for (const dilemma of [undefined, ...modules.map((m) => `${m.caseId}/${m.dilemmaId}`)]) {
        const filters = toReportFilters({ periode: period.value, team: team?.id, dilemma })
        const { points } = await insightTable({ organisationId, filters, required: modules })
        tables.push({
          label: `${period.label} ${team?.name ?? 'alle teams'} ${dilemma ?? ''}`,
          firstDay: amsterdamDay.format(period.from),
          lastDay: amsterdamDay.format(new Date(period.until.getTime() - 1)),
          teamName: team?.name ?? null,
          points,
        })
      }
  return tables
}

/** The noise bound the coordinator can read in the privacy statement. */
const NOISE_BOUND = MAX_NOISE

test('a coordinator differencing every releasable insight table cannot name a colleague’s first answer', async () => {
  await seedDemo(db())
  const organisation = await db().organisation.findUniqueOrThrow({ where: { slug: 'gemeente-demodorp' } })
  const organisationId = organisation.id

  // What the coordinator sees in the staff list: name, teams, and per dilemma when it was finished.
  const { modules } = await requiredModules(organisationId)
  const { table: staff } = await staffTable({ organisationId, filters: toReportFilters({}), required: modules })
  const users = await db().user.findMany({ select: { id: true, name: true } })
  const idByName = new Map(users.map((u) => [u.name, u.id]))
  type Colleague = { id: string; name: string; teams: string[]; finished: Map<string, Interval> }
  const colleagues: Colleague[] = staff.rows.map((row) => {
    const finished = new Map<string, Interval>()
    modules.forEach((m, i) => {
      const interval = intervalOf(String(row[2 + i * 2] ?? ''))
      if (interval) finished.set(`${m.caseId}/${m.dilemmaId}`, interval)
    })
    return {
      id: idByName.get(String(row[0])) ?? '',
      name: String(row[0]),
      teams: String(row[1] ?? '')
        .split(', ')
        .filter(Boolean),
      finished,
    }
  })
  const named = colleagues.filter((c) => c.finished.size > 0)
  expect(named.length).toBeGreaterThanOrEqual(12)

  const tables = await releasableTables(organisationId)
  // Not a vacuous win: the organisation-wide tables do show decision points.
  expect(tables.some((t) => t.points.some((p) => p.shown))).toBe(true)

  /** Whether the coordinator can tell that a colleague's answers to a dilemma are in a table: true, false or unknown. */
  function inTable(c: Colleague, dilemma: string, t: Table): boolean | null {
    if (t.teamName && !c.teams.includes(t.teamName)) return false
    const when = c.finished.get(dilemma)
    if (!when) return null
    if (when.lo >= t.firstDay && when.hi <= t.lastDay) return true
    if (when.hi < t.firstDay || when.lo > t.lastDay) return false
    return null
  }

  // Truth, to score the attack: every first answer of the named colleagues.
  const truth = await db().firstAnswer.findMany({
    where: { organisationId, userId: { in: named.map((c) => c.id) } },
    select: { userId: true, caseId: true, dilemmaId: true, sceneId: true, choiceId: true },
  })
  const pointKey = (p: { caseId: string; dilemmaId: string; sceneId: string }) =>
    `${p.caseId}/${p.dilemmaId}/${p.sceneId}`
  const answerOf = new Map(truth.map((a) => [`${a.userId}|${pointKey(a)}`, a.choiceId]))
  const mode = new Map<string, string>()
  {
    const counts = new Map<string, Map<string, number>>()
    for (const a of truth) {
      const perChoice = counts.get(pointKey(a)) ?? new Map<string, number>()
      perChoice.set(a.choiceId, (perChoice.get(a.choiceId) ?? 0) + 1)
      counts.set(pointKey(a), perChoice)
    }
    for (const [key, perChoice] of counts)
      mode.set(key, [...perChoice.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '')
  }

  // For each colleague and decision point: the answers (a choice id, or '' for "did not answer") still possible.
  const possible = new Map<string, Set<string>>()
  let pairs = 0
  for (const big of tables) {
    for (const small of tables) {
      if (big === small) continue
      for (const pBig of big.points) {
        const dilemma = `${pBig.caseId}/${pBig.dilemmaId}`
        const pSmall = small.points.find((p) => pointKey(p) === pointKey(pBig))
        if (!pBig.shown || !pSmall?.shown) continue
        // The pair must differ by exactly one colleague, as far as the coordinator can tell.
        const extra: Colleague[] = []
        let clear = true
        for (const c of named) {
          const a = inTable(c, dilemma, big)
          const b = inTable(c, dilemma, small)
          if (a === null || b === null) {
            clear = false
            break
          }
          if (b && !a) {
            clear = false
            break
          }
          if (a && !b) extra.push(c)
        }
        if (!clear || extra.length !== 1) continue
        const [target] = extra
        if (!target) continue
        pairs++
        const slack = 2 * NOISE_BOUND
        const risky = (p: DecisionPointInsight) =>
          p.riskShare === null ? null : Math.round(p.riskShare * p.respondents)
        const riskyDiff =
          risky(pBig) !== null && risky(pSmall) !== null ? (risky(pBig) ?? 0) - (risky(pSmall) ?? 0) : null
        const candidates = ['', ...pBig.choices.map((c) => c.id)].filter((x) => {
          if (Math.abs(pBig.respondents - pSmall.respondents - (x ? 1 : 0)) > slack) return false
          for (const [i, cell] of pBig.choices.entries()) {
            const other = pSmall.choices[i]
            if (cell.count === null || other?.count === null || other === undefined) continue
            if (Math.abs(cell.count - other.count - (cell.id === x ? 1 : 0)) > slack) return false
          }
          const choice = pBig.choices.find((c) => c.id === x)
          const isRisky = choice?.quality === 'twijfelachtig' || choice?.quality === 'onjuist'
          if (riskyDiff !== null && Math.abs(riskyDiff - (isRisky ? 1 : 0)) > slack) return false
          return true
        })
        const key = `${target.id}|${pointKey(pBig)}`
        const before = possible.get(key)
        possible.set(key, new Set(before ? candidates.filter((x) => before.has(x)) : candidates))
      }
    }
  }

  // Score: a choice is recovered with certainty when exactly one real choice remains possible. The attack's guess is
  // that choice, otherwise the baseline: the most common answer at that decision point.
  let answered = 0
  let certain = 0
  let certainRight = 0
  let attackRight = 0
  let baselineRight = 0
  const exposed = new Set<string>()
  for (const [key, choiceId] of answerOf) {
    answered++
    const point = key.split('|')[1] ?? ''
    const left = [...(possible.get(key) ?? [])]
    const sure = left.length === 1 && left[0] ? left[0] : null
    if (sure) {
      certain++
      if (sure === choiceId) {
        certainRight++
        exposed.add(key.split('|')[0] ?? '')
      }
    }
    if ((sure ?? mode.get(point)) === choiceId) attackRight++
    if (mode.get(point) === choiceId) baselineRight++
  }
  const report = {
    tables: tables.length,
    pairs,
    answered,
    certain,
    certainRight,
    colleaguesExposed: exposed.size,
    colleagues: named.length,
    attackAccuracy: attackRight / answered,
    baselineAccuracy: baselineRight / answered,
  }
  console.info('differencing attack', JSON.stringify(report))

  expect(certain).toBe(0)
  expect(report.attackAccuracy).toBeLessThanOrEqual(report.baselineAccuracy)
}, 600_000)
