import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { CRITERIA_COUNT, complianceStatus, KNOWN_PROBLEMS } from './statement'

// The statement's status and known problems follow the audit record, row by row.
const record = readFileSync(path.resolve('docs/accessibility.md'), 'utf8')
const rows = record
  .split('\n')
  .map((line) => /^\| (\d\.\d+\.\d+ [^|]+?) \| (A|AA) \| (voldoet niet|voldoet|n\.v\.t\.) \|/.exec(line))
  .filter((match) => match !== null)
  .map(([, criterion, , result]) => ({ criterion: criterion as string, result: result as string }))

test('the audit record has a result for every WCAG 2.2 A and AA criterion', () => {
  expect(rows).toHaveLength(CRITERIA_COUNT)
  expect(new Set(rows.map((row) => row.criterion)).size).toBe(CRITERIA_COUNT)
})

test('the known problems on the statement are exactly the failing criteria of the record', () => {
  const failing = rows.filter((row) => row.result === 'voldoet niet').map((row) => row.criterion)
  expect(KNOWN_PROBLEMS.map((problem) => problem.criterion).sort()).toEqual(failing.sort())
})

test('the status is A only without known problems, and the record says the same', () => {
  expect(complianceStatus([]).code).toBe('A')
  expect(complianceStatus([{ criterion: '2.4.3 Focusvolgorde', problem: 'x', fixBy: 'y' }]).code).toBe('B')
  const said = /statement's status is \*\*([AB])\b/.exec(record)?.[1]
  expect(said).toBe(complianceStatus().code)
})
