import { describe, expect, it } from 'vitest'
import { assignSchema, dutchDay, endOfDutchDay } from './schemas'

describe('due dates', () => {
  it('reads a date as the end of that day in Dutch time, in winter and in summer', () => {
    expect(endOfDutchDay('2026-01-15')?.toISOString()).toBe('2026-01-15T22:59:59.000Z')
    expect(endOfDutchDay('2026-07-15')?.toISOString()).toBe('2026-07-15T21:59:59.000Z')
    expect(dutchDay(new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15')
  })
  it('refuses days that do not exist', () => {
    expect(endOfDutchDay('2026-02-30')).toBeNull()
    const parsed = assignSchema.safeParse({ dilemmas: ['kramer/huisarts'], dueAt: '2026-13-01' })
    expect(parsed.success).toBe(false)
  })
  it('asks for at least one well-formed dilemma', () => {
    expect(assignSchema.safeParse({ dilemmas: [] }).success).toBe(false)
    expect(assignSchema.safeParse({ dilemmas: ['../etc'] }).success).toBe(false)
    expect(assignSchema.safeParse({ dilemmas: ['kramer/huisarts'], dueAt: '' }).success).toBe(true)
  })
})
