import { expect, test } from 'vitest'
import { requiresSecondFactor, secondFactorClaimOf, secondFactorPath, secondFactorStep } from './policy'

test('admins and coordinators always need a second factor; docents only when their organisation says so', () => {
  expect(requiresSecondFactor([{ role: 'admin', mfaForDocents: false }])).toBe(true)
  expect(requiresSecondFactor([{ role: 'coordinator', mfaForDocents: false }])).toBe(true)
  expect(requiresSecondFactor([{ role: 'docent', mfaForDocents: false }])).toBe(false)
  expect(requiresSecondFactor([{ role: 'docent', mfaForDocents: true }])).toBe(true)
  expect(requiresSecondFactor([{ role: 'learner', mfaForDocents: true }])).toBe(false)
  expect(requiresSecondFactor([])).toBe(false)
})

test('one role that requires it is enough, in any of the organisations', () => {
  const memberships = [
    { role: 'learner', mfaForDocents: false },
    { role: 'docent', mfaForDocents: false },
    { role: 'coordinator', mfaForDocents: false },
  ] as const
  expect(requiresSecondFactor(memberships)).toBe(true)
})

test('a password-only session answers a code when enrolled, enrols when required, else goes on', () => {
  expect(secondFactorStep('pending', { enrolled: true, required: true })).toBe('challenge')
  expect(secondFactorStep('pending', { enrolled: true, required: false })).toBe('challenge')
  expect(secondFactorStep('pending', { enrolled: false, required: true })).toBe('enrol')
  expect(secondFactorStep('pending', { enrolled: false, required: false })).toBe('none')
})

test('a session that answered a code, or came through an identity provider, has no step left', () => {
  for (const claim of ['done', 'exempt'] as const) {
    expect(secondFactorStep(claim, { enrolled: true, required: true })).toBe('none')
    expect(secondFactorStep(claim, { enrolled: false, required: true })).toBe('none')
  }
})

test('a cookie without the claim, or with an unknown value, counts as password-only', () => {
  expect(secondFactorClaimOf(undefined)).toBe('pending')
  expect(secondFactorClaimOf('DONE')).toBe('pending')
  expect(secondFactorClaimOf('exempt')).toBe('exempt')
})

test('the step page keeps the page that was asked for', () => {
  expect(secondFactorPath('challenge', '/rapportage?x=1')).toBe('/inloggen/tweestaps?terug=%2Frapportage%3Fx%3D1')
  expect(secondFactorPath('enrol')).toBe('/account/tweestapsverificatie')
})
