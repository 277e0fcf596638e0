import { expect, test } from 'vitest'
import { safeReturnPath } from './safe-return-path'

test('only same-site paths are followed', () => {
  expect(safeReturnPath('/klas?x=1')).toBe('/klas?x=1')
  expect(safeReturnPath('/leren/kramer/gesprek#keuze')).toBe('/leren/kramer/gesprek#keuze')
  expect(safeReturnPath('https://evil.example/')).toBeUndefined()
  expect(safeReturnPath('//evil.example/')).toBeUndefined()
  expect(safeReturnPath('/\\evil.example')).toBeUndefined()
  expect(safeReturnPath('')).toBeUndefined()
  expect(safeReturnPath(undefined)).toBeUndefined()
})

// Browsers drop tab, CR and LF from a URL before resolving it, so "/\t/evil.example" becomes "//evil.example":
// another site. A CR or LF in a Location header is also a 500 in Node.
test.each([
  ['/\t/evil.example'],
  ['/\r/evil.example'],
  ['/\n/evil.example'],
  ['/\r\nSet-Cookie:x=1'],
  ['/ /evil.example'.replace(' ', '\u0000')],
  ['/./\\evil.example'],
  ['/.//evil.example'],
  ['/..//evil.example'],
  ['/%2e//evil.example'],
  ['\\\\evil.example'],
  ['/\\/evil.example'],
  ['javascript:alert(1)'],
  ['http:/evil.example'],
  ['evil.example'],
])('%j falls back to the safe default', (value) => {
  expect(safeReturnPath(value)).toBeUndefined()
})
