// Sentences of Dutch prose and their length in words: the B1 style check counts words per sentence.

/** Sentences longer than this are reported one by one. */
export const LONG_SENTENCE_WORDS = 25
/** The average a file should stay under (B1: short sentences). */
export const TARGET_AVERAGE_WORDS = 15

/**
 * Abbreviations whose full stop does not end a sentence (compared lower case). "t/m" has no full stop of its own
 * but is listed so "t/m." at the end of an abbreviation-heavy phrase is still read as one word.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'bijv.',
  'bv.',
  'o.a.',
  'art.',
  'artt.',
  'd.w.z.',
  't/m',
  't/m.',
  'm.b.t.',
  'i.p.v.',
  'i.v.m.',
  'n.a.v.',
  'o.b.v.',
  'm.n.',
  'e.d.',
  'e.a.',
  'enz.',
  'etc.',
  'evt.',
  'ca.',
  'nr.',
  'blz.',
  'incl.',
  'excl.',
  'resp.',
  'zgn.',
  'z.s.m.',
  'mr.',
  'dr.',
  'drs.',
  'ir.',
  'mevr.',
  'dhr.',
  'jl.',
  'a.s.',
  'vs.',
])

export type Sentence = {
  text: string
  /** Offset of the sentence's first character in the text it was split from. */
  start: number
}

// A sentence ends at . ! or ? (possibly several, and possibly followed by closing quotes or brackets) when
// whitespace or the end of the text follows.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g

/** The last whitespace-separated token of `text` up to `end`, lower case, without opening quotes or brackets. */
function tokenBefore(text: string, end: number): string {
  const head = text.slice(0, end)
  const token = head.slice(head.search(/\S+$/))
  return token.replace(/^["'“‘([]+/, '').toLowerCase()
}

/** Splits prose into sentences; abbreviations such as "bijv." and "art." do not end one. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  let start = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    const leading = raw.length - raw.trimStart().length
    const trimmed = raw.trim()
    if (trimmed !== '') sentences.push({ text: trimmed, start: start + leading })
    start = end
  }
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length
    if (match[0] === '.' && ABBREVIATIONS.has(tokenBefore(text, end))) continue
    push(end)
  }
  push(text.length)
  return sentences.filter((sentence) => countWords(sentence.text) > 0)
}

/** Whitespace-separated tokens holding at least one letter or digit ("—" and "…" are not words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

export type SentenceStats = { sentences: number; words: number; average: number }

export function sentenceStats(sentences: readonly Pick<Sentence, 'text'>[]): SentenceStats {
  const words = sentences.reduce((sum, sentence) => sum + countWords(sentence.text), 0)
  return { sentences: sentences.length, words, average: sentences.length === 0 ? 0 : words / sentences.length }
}

/** The sentences over LONG_SENTENCE_WORDS words, with their word counts. */
export function longSentences<T extends Pick<Sentence, 'text'>>(
  sentences: readonly T[],
  limit = LONG_SENTENCE_WORDS,
): { sentence: T; words: number }[] {
  return sentences
    .map((sentence) => ({ sentence, words: countWords(sentence.text) }))
    .filter((item) => item.words > limit)
}
