import { expect, test } from 'vitest'
import { generateJoinCode, joinCodeSchema, normaliseJoinCode } from './join-code'

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

test('a typed code is checked for its form, with a Dutch message for an empty or malformed one', () => {
  expect(joinCodeSchema.parse(' klas 2026 ')).toBe('KLAS-2026')
  expect(joinCodeSchema.parse('abcd2345')).toBe('ABCD-2345')
  const message = (input: string) => joinCodeSchema.safeParse(input).error?.issues[0]?.message
  expect(message('   ')).toBe('Vul de klascode in.')
  expect(message('abc')).toMatch(/^Dit is geen klascode/)
  expect(message('ABCD-23456')).toMatch(/^Dit is geen klascode/)
  expect(message('ABCD/2345!')).toBeUndefined()
  expect(message('x'.repeat(41))).toMatch(/te lang/)
})
