import { expect, test } from 'vitest'
import { EnvError, parseEnv } from './env.server'

test('defaults apply when nothing is set', () => {
  const env = parseEnv({})
  expect(env.PORT).toBe(3000)
  expect(env.DATABASE_URL).toBeUndefined()
  expect(env.DEELWIJS_DATA_DIR).toBe('.data')
})

test('an invalid value is refused with the variable name', () => {
  expect(() => parseEnv({ PORT: 'abc' })).toThrow(EnvError)
  expect(() => parseEnv({ PORT: 'abc' })).toThrow(/PORT/)
  expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/)
  expect(() => parseEnv({ NEXTAUTH_SECRET: 'short' })).toThrow(/NEXTAUTH_SECRET/)
})

test('an empty string counts as not set', () => {
  expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
})
