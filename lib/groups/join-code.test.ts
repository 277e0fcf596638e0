import { expect, test } from 'vitest'
import { generateJoinCode, normaliseJoinCode } from './join-code'

test('generated codes are XXXX-XXXX without look-alike characters', () => {
  for (let i = 0; i < 200; i++) {
    const code = generateJoinCode()
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    expect(code).not.toMatch(/[01OIL]/)
  }
})

test('what people type is normalised to the stored form', () => {
  expect(normaliseJoinCode('klas-2026')).toBe('KLAS-2026')
  expect(normaliseJoinCode(' klas 2026 ')).toBe('KLAS-2026')
  expect(normaliseJoinCode('KLAS2026')).toBe('KLAS-2026')
  expect(normaliseJoinCode('abc')).toBe('ABC')
})
