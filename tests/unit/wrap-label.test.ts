import { expect, test } from 'vitest'
import { wrapLabel } from '@/components/charts/wrap-label'
import { textWidth } from '@/components/levenswiel/label-layout'

test('a short label stays on one line', () => {
  expect(wrapLabel('Blauwe plekken', 300, 15, 2)).toEqual(['Blauwe plekken'])
})

test('a long label wraps at spaces, and every line fits the width', () => {
  const lines = wrapLabel('Wat vertel je de huisarts over de blauwe plekken van Daan', 160, 15, 4)
  expect(lines.length).toBeGreaterThan(1)
  expect(lines.join(' ')).toBe('Wat vertel je de huisarts over de blauwe plekken van Daan')
  for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(160)
})

test('a label too long for its lines is cut off with an ellipsis, still within the width', () => {
  const lines = wrapLabel('Je belt Veilig Thuis voor advies en vertelt de naam van het gezin nog niet', 150, 15, 2)
  expect(lines).toHaveLength(2)
  expect(lines[1]?.endsWith('…')).toBe(true)
  for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(150)
})

test('a single word wider than a line is cut', () => {
  const lines = wrapLabel('Gegevensbeschermingseffectbeoordeling', 80, 15, 2)
  expect(lines).toHaveLength(2)
  expect(lines[1]?.endsWith('…')).toBe(true)
  for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(80)
})
