import { expect, test } from 'vitest'
import { hasPermission, homeFor, organisationsWith, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from './permissions'

const org = (id: string, role: (typeof ROLES)[number]) => ({ organisationId: id, role })

test('a learner may play but not read reports or manage users', () => {
  const learner = [org('a', 'learner')]
  expect(hasPermission(learner, 'play:scenario:own')).toBe(true)
  expect(hasPermission(learner, 'read:report:org')).toBe(false)
  expect(hasPermission(learner, 'manage:user:any')).toBe(false)
})

test('a permission holds only in the organisation where the role is held', () => {
  const memberships = [org('gemeente', 'coordinator'), org('school', 'learner')]
  expect(hasPermission(memberships, 'read:report:org', 'gemeente')).toBe(true)
  expect(hasPermission(memberships, 'read:report:org', 'school')).toBe(false)
  expect(organisationsWith(memberships, 'read:report:org')).toEqual(['gemeente'])
})

test('every role has only known permissions and the admin has all of them', () => {
  for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p)
  expect([...ROLE_PERMISSIONS.admin].sort()).toEqual([...PERMISSIONS].sort())
})

test('a coordinator never gets docent or admin powers', () => {
  const coordinator = [org('g', 'coordinator')]
  expect(hasPermission(coordinator, 'manage:group:org')).toBe(false)
  expect(hasPermission(coordinator, 'read:group-progress:org')).toBe(false)
  expect(hasPermission(coordinator, 'manage:user:any')).toBe(false)
})

test('sign-in lands on the home of the most capable role', () => {
  expect(homeFor([])).toBe('/leren')
  expect(homeFor([org('a', 'learner')])).toBe('/leren')
  expect(homeFor([org('a', 'learner'), org('b', 'docent')])).toBe('/klas')
  expect(homeFor([org('a', 'coordinator')])).toBe('/rapportage')
  expect(homeFor([org('a', 'coordinator'), org('a', 'admin')])).toBe('/beheer')
})
