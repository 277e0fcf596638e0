import { expect, test } from 'vitest'
import { endingVerdict } from '@/components/scenario/quality'

const PRAISE = /zorgvuldig gehandeld|goed gedaan|gefeliciteerd|^goed/i

test('only a passend ending reached by passend choices alone is praised without reservation', () => {
  expect(endingVerdict('passend', 0)).toMatch(/^Je hebt zorgvuldig gehandeld/)
  expect(endingVerdict('passend', 1)).not.toMatch(PRAISE)
  expect(endingVerdict('passend', 1)).toMatch(/niet elke keuze/)
})

test('a twijfelachtig or onjuist ending is never called a success, however few choices went wrong', () => {
  for (const wrong of [0, 1, 3]) {
    expect(endingVerdict('twijfelachtig', wrong)).toMatch(/^Deels goed: /)
    expect(endingVerdict('onjuist', wrong)).toMatch(/^Dit liep niet goed af: /)
    expect(endingVerdict('onjuist', wrong)).not.toMatch(PRAISE)
  }
})
