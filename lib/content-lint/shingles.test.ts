import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildShingleIndex, findCopiedRuns, loadSeeds, normalizeWords, SHINGLE_SIZE } from './shingles'

const SOURCE =
  'Professionals hebben veel vragen over wanneer en hoe zij informatie over vermoedens van kindermishandeling mogen delen met anderen in het sociaal domein.'
const sourceWords = normalizeWords(SOURCE)
const index = buildShingleIndex([{ name: 'bron.txt', text: SOURCE }])
const own = (count: number) => Array.from({ length: count }, (_, i) => `eigen${i}`)

describe('normalizeWords', () => {
  it('ignores case and punctuation and keeps apostrophes inside words', () => {
    expect(normalizeWords('Dilemma’s, "Wat NU?" — (zie art. 5.2)')).toEqual([
      'dilemmas',
      'wat',
      'nu',
      'zie',
      'art',
      '5',
      '2',
    ])
  })
})

describe('findCopiedRuns', () => {
  it(`finds a copy of exactly ${SHINGLE_SIZE} words`, () => {
    const words = [...own(3), ...sourceWords.slice(2, 2 + SHINGLE_SIZE), ...own(2)]
    expect(findCopiedRuns(words, index)).toEqual([{ start: 3, length: SHINGLE_SIZE, source: 'bron.txt' }])
  })

  it(`does not report an overlap of ${SHINGLE_SIZE - 1} words`, () => {
    const words = [...own(3), ...sourceWords.slice(2, 2 + SHINGLE_SIZE - 1), ...own(5)]
    expect(findCopiedRuns(words, index)).toEqual([])
  })

  it('reports a longer copy as one run', () => {
    const words = [...sourceWords.slice(0, 16), ...own(1)]
    expect(findCopiedRuns(words, index)).toEqual([{ start: 0, length: 16, source: 'bron.txt' }])
  })

  it('still matches when case and punctuation differ', () => {
    const changed = normalizeWords(
      'PROFESSIONALS hebben veel vragen, over "wanneer" en hoe zij informatie over vermoedens (van) kindermishandeling!',
    )
    expect(findCopiedRuns(changed, index)).toHaveLength(1)
  })
})

describe('loadSeeds', () => {
  it('reports a missing folder as absent', () => {
    const directory = path.join(tmpdir(), 'deelwijs-no-such-seeds-folder')
    expect(loadSeeds(directory)).toEqual({ status: 'absent', directory })
  })

  it('indexes every file in the folder', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'deelwijs-seeds-'))
    writeFileSync(path.join(directory, 'a.txt'), SOURCE)
    writeFileSync(path.join(directory, 'b.txt'), 'Te kort.')
    const seeds = loadSeeds(directory)
    expect(seeds.status).toBe('loaded')
    if (seeds.status !== 'loaded') return
    expect(seeds.files).toBe(2)
    expect(findCopiedRuns(sourceWords, seeds.index)).toEqual([
      { start: 0, length: sourceWords.length, source: 'a.txt' },
    ])
  })
})
