import { describe, expect, it } from 'vitest'
import { countWords, LONG_SENTENCE_WORDS, longSentences, sentenceStats, splitSentences } from './sentences'

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text)

describe('splitSentences', () => {
  it('splits on . ! and ? followed by a space, a newline or the end', () => {
    expect(texts('Ilse komt binnen. Ze huilt!\nWat doe je? Je luistert.')).toEqual([
      'Ilse komt binnen.',
      'Ze huilt!',
      'Wat doe je?',
      'Je luistert.',
    ])
  })

  it('keeps closing quotes with the sentence they end', () => {
    expect(texts('"Beloof je dat?" Dan kijkt ze je aan. "Het is niks," zegt ze.')).toEqual([
      '"Beloof je dat?"',
      'Dan kijkt ze je aan.',
      '"Het is niks," zegt ze.',
    ])
  })

  it('does not split after abbreviations, article numbers or inside numbers', () => {
    expect(
      texts(
        'Lees bijv. art. 5.2.6 van de Wmo. Dat gaat o.a. over melden, d.w.z. zonder toestemming. Het geldt van 12 t/m 16 jaar. (Bijv. bij twijfel.) Klaar.',
      ),
    ).toEqual([
      'Lees bijv. art. 5.2.6 van de Wmo.',
      'Dat gaat o.a. over melden, d.w.z. zonder toestemming.',
      'Het geldt van 12 t/m 16 jaar.',
      '(Bijv. bij twijfel.)',
      'Klaar.',
    ])
  })

  it("splits before a sentence that starts in lower case ('s avonds)", () => {
    expect(texts("Er zijn schulden. 's Avonds drinkt Erik.")).toEqual(['Er zijn schulden.', "'s Avonds drinkt Erik."])
  })

  it('keeps the offset of each sentence and counts a last sentence without a full stop', () => {
    const sentences = splitSentences('  Eerst dit.  Dan dat')
    expect(sentences).toEqual([
      { text: 'Eerst dit.', start: 2 },
      { text: 'Dan dat', start: 14 },
    ])
  })

  it('drops pieces without words', () => {
    expect(texts('… Ja. —')).toEqual(['… Ja.'])
  })
})

describe('countWords', () => {
  it('counts whitespace-separated tokens with a letter or digit', () => {
    expect(countWords('Artikel 7:457 — "zegt" ze , echt.')).toBe(5)
    expect(countWords('  ')).toBe(0)
  })
})

describe('sentence statistics', () => {
  const sentenceOf = (words: number) => ({ text: `${Array.from({ length: words }, () => 'woord').join(' ')}.` })

  it('averages words per sentence', () => {
    expect(sentenceStats([sentenceOf(10), sentenceOf(20)])).toEqual({ sentences: 2, words: 30, average: 15 })
    expect(sentenceStats([])).toEqual({ sentences: 0, words: 0, average: 0 })
  })

  it('reports sentences over 25 words, not those of exactly 25', () => {
    const long = longSentences([sentenceOf(LONG_SENTENCE_WORDS), sentenceOf(LONG_SENTENCE_WORDS + 1), sentenceOf(3)])
    expect(long.map((item) => item.words)).toEqual([26])
  })
})
