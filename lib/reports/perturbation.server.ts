import { Prisma } from '@/lib/db/client.server'
import { type Band, KEY_RANGE, PERTURBATION_TABLE } from './perturbation'

// The perturbation of perturbation.ts as SQL, so that a report query returns only perturbed counts.

// Constants of the table, never user input: written into the statement so the planner sees plain literals.
const raw = (n: number) => Prisma.raw(String(Math.trunc(n)))

/**
 * The same lookup as SQL, for a query that must return only perturbed counts: `count` is the true count expression
 * and `keySum` the sum of the cell's record keys.
 */
export function perturbedCountSql(count: Prisma.Sql, keySum: Prisma.Sql): Prisma.Sql {
  const band = (row: readonly Band[]) =>
    Prisma.join(
      row.map((b) => Prisma.sql`WHEN (${keySum}) % ${raw(KEY_RANGE)} <= ${raw(b.to)} THEN ${raw(b.noise)}`),
      ' ',
    )
  return Prisma.sql`(${count} + CASE WHEN ${count} <= 0 THEN 0
    WHEN ${count} = 1 THEN CASE ${band(PERTURBATION_TABLE[1])} ELSE 0 END
    ELSE CASE ${band(PERTURBATION_TABLE['2+'])} ELSE 0 END END)`
}
