import { describe, expect, it } from 'vitest'
import { generateVerificationCode, normaliseVerificationCode } from './code'

describe('verification codes', () => {
  it('generates codes in the printed form that normalise to themselves', () => {
    for (let i = 0; i < 50; i++) {
      const code = generateVerificationCode()
      expect(code).toMatch(/^DW-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/)
      expect(normaliseVerificationCode(code)).toBe(code)
    }
  })
  it('accepts typed variants and refuses what cannot be a code', () => {
    expect(normaliseVerificationCode(' dw abcd efgh ')).toBe('DW-ABCD-EFGH')
    expect(normaliseVerificationCode('ABCDEFGH')).toBe('DW-ABCD-EFGH')
    expect(normaliseVerificationCode('DW-ABCD-EFG0')).toBeNull()
    expect(normaliseVerificationCode("'; drop table")).toBeNull()
  })
})
