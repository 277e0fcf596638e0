import { expect, test } from 'vitest'
import { safeReturnPath } from './safe-return-path'

test('only same-site paths are followed', () => {
  expect(safeReturnPath('/klas?x=1')).toBe('/klas?x=1')
  expect(safeReturnPath('https://evil.example/')).toBeUndefined()
  expect(safeReturnPath('//evil.example/')).toBeUndefined()
  expect(safeReturnPath('/\\evil.example')).toBeUndefined()
  expect(safeReturnPath('')).toBeUndefined()
  expect(safeReturnPath(undefined)).toBeUndefined()
})
