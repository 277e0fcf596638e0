import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { AUDIT_ACTIONS, auditLabel, describeAudit } from './describe'

const names = {
  user: (id: unknown) => (id === 'u1' ? 'Jeroen Bakker' : '(verwijderd)'),
  group: (id: unknown) => (id === 'g1' ? '‘SPH jaar 2’' : '(verwijderd)'),
}

test('rows read as Dutch sentences about whom or what, never as JSON', () => {
  expect(describeAudit('user.role-change', { userId: 'u1', from: 'learner', to: 'docent' }, names)).toBe(
    'Jeroen Bakker: Deelnemer → Docent',
  )
  expect(describeAudit('class.hand-over', { groupId: 'g1', userId: 'u1' }, names)).toBe(
    'Klas ‘SPH jaar 2’ aan Jeroen Bakker',
  )
  expect(describeAudit('user.deactivate', { userId: 'gone' }, names)).toBe('(verwijderd)')
  expect(describeAudit('report.required-modules', { modules: [] }, names)).toBe('Geen modules meer verplicht')
  expect(describeAudit('agreement.edit', { caseId: 'kramer', dilemmaId: 'huisarts', version: 2 }, names)).toBe(
    'Bij kramer / huisarts, versie 2',
  )
})

test('odd or missing details and unknown actions still read without crashing', () => {
  expect(describeAudit('user.role-change', null, names)).toBe('(verwijderd): ? → ?')
  expect(describeAudit('class.archive', ['x'], names)).toBe('Klas (verwijderd)')
  expect(describeAudit('iets.nieuws', { a: 1 }, names)).toBe('')
  expect(auditLabel('iets.nieuws')).toBe('iets.nieuws')
})

test('every audit action the code writes has a formatter', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : files(full)
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : []
    })
  const written = new Set<string>()
  for (const file of [...files('lib'), ...files('app')]) {
    const source = readFileSync(file, 'utf8')
    if (!source.includes('audit(')) continue
    for (const match of source.matchAll(/action: (?:[^,}]*\? )?'([a-z-]+\.[a-z-]+)'(?: : '([a-z-]+\.[a-z-]+)')?/g)) {
      written.add(match[1] ?? '')
      if (match[2]) written.add(match[2])
    }
  }
  expect(written.size).toBeGreaterThan(10)
  expect([...written].filter((action) => !AUDIT_ACTIONS[action])).toEqual([])
})
