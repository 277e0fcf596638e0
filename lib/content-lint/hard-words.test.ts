import { describe, expect, it } from 'vitest'
import { TERMS } from '@/lib/law/register'
import { activeHardWords, findHardWords, HARD_WORDS, type HardWord, termWords } from './hard-words'

const found = (text: string, list: readonly HardWord[] = HARD_WORDS) =>
  findHardWords(text, list).map((match) => [match.text, match.entry.alternative])

describe('the hard-word list', () => {
  it('has at least 40 pairs, each with an alternative and no form listed twice', () => {
    expect(HARD_WORDS.length).toBeGreaterThanOrEqual(40)
    const forms = HARD_WORDS.flatMap((entry) => entry.forms ?? [entry.word])
    expect(new Set(forms).size).toBe(forms.length)
    for (const entry of HARD_WORDS) expect(entry.alternative.trim()).not.toBe('')
  })

  it('leaves out words the register explains as terms', () => {
    const active = activeHardWords(HARD_WORDS, termWords(TERMS)).map((entry) => entry.word)
    expect(active).not.toContain('verwerken')
    expect(active).not.toContain('proportionaliteit')
    expect(active).toContain('indien')
    expect(activeHardWords([{ word: 'reeds', alternative: 'al' }], new Set(['reeds']))).toEqual([])
  })

  it('reads term ids with spaces for hyphens', () => {
    expect(termWords({ 'conflict-van-plichten': { term: 'Conflict van plichten' } })).toEqual(
      new Set(['conflict van plichten']),
    )
  })
})

describe('findHardWords', () => {
  it('finds words case-insensitively, with their alternative and offsets', () => {
    expect(found('Indien je twijfelt, bel reeds vandaag.')).toEqual([
      ['Indien', 'als'],
      ['reeds', 'al'],
    ])
    expect(findHardWords('Bel REEDS.', HARD_WORDS)[0]).toMatchObject({ start: 4, end: 9 })
  })

  it('finds whole words only, never inside another word', () => {
    expect(found('De dochter ging naar de rechter. Smits kwam. De reedsgenoemde ochtend.')).toEqual([])
  })

  it('finds other forms and phrases, also across a line break', () => {
    expect(found('Je verstrekt gegevens ten\nbehoeve van de school.')).toEqual([
      ['verstrekt', 'geven'],
      ['ten\nbehoeve van', 'voor'],
    ])
  })

  it('sees words next to punctuation and accented letters as whole words', () => {
    expect(found('"Echter," zei ze. Geverifieerd? Verifiëren.')).toEqual([
      ['Echter', 'maar'],
      ['Geverifieerd', 'nagaan, controleren'],
      ['Verifiëren', 'nagaan, controleren'],
    ])
  })

  it('finds nothing with an empty list', () => {
    expect(found('Indien.', [])).toEqual([])
  })
})
