import { expect, test } from 'vitest'
import { classVerdict } from './ownership'

const docent = (id: string, organisationId = 'school') => ({
  id,
  memberships: [{ organisationId, role: 'docent' as const }],
})
const group = { organisationId: 'school', ownerIds: ['a'] }

test('an owner may manage and read the class', () => {
  expect(classVerdict(docent('a'), group, 'manage:group:org')).toBe('allowed')
  expect(classVerdict(docent('a'), group, 'read:group-progress:org')).toBe('allowed')
})

test('another docent of the same organisation does not see the class at all', () => {
  expect(classVerdict(docent('b'), group, 'manage:group:org')).toBe('hidden')
  expect(classVerdict(docent('b'), group, 'read:group-progress:org')).toBe('hidden')
})

test('a docent of another organisation is refused, even if once named owner', () => {
  expect(classVerdict(docent('c', 'gemeente'), group, 'manage:group:org')).toBe('forbidden')
  expect(classVerdict(docent('a', 'gemeente'), group, 'manage:group:org')).toBe('forbidden')
})

test('an admin of the organisation sees every class; an admin elsewhere does not', () => {
  const admin = { id: 'x', memberships: [{ organisationId: 'school', role: 'admin' as const }] }
  expect(classVerdict(admin, { organisationId: 'school', ownerIds: [] }, 'manage:group:org')).toBe('allowed')
  const elsewhere = { id: 'x', memberships: [{ organisationId: 'gemeente', role: 'admin' as const }] }
  expect(classVerdict(elsewhere, group, 'manage:group:org')).toBe('forbidden')
})

test('a learner or coordinator of the organisation is refused, owner or not', () => {
  const learner = { id: 'a', memberships: [{ organisationId: 'school', role: 'learner' as const }] }
  const coordinator = { id: 'a', memberships: [{ organisationId: 'school', role: 'coordinator' as const }] }
  expect(classVerdict(learner, group, 'read:group-progress:org')).toBe('forbidden')
  expect(classVerdict(coordinator, group, 'read:group-progress:org')).toBe('forbidden')
})
