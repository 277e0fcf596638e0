// How long a choice looks to a learner, for the length-tell rule (content:lint) and the guessing benchmark: the
// visible characters of its text (grapheme clusters, so "é" written as e + accent counts once), whitespace collapsed.

const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' })

export function visibleLength(label: string): number {
  let count = 0
  for (const _ of segmenter.segment(label.replace(/\s+/g, ' ').trim())) count++
  return count
}

/**
 * The indexes of the items with the largest (or smallest) value. A tie is not "the longest": callers that need one
 * answer treat more than one index as no unique extreme (the lint) or pick among them at random (the benchmark).
 */
export function extremes(values: readonly number[], which: 'longest' | 'shortest'): number[] {
  if (values.length === 0) return []
  const target = which === 'longest' ? Math.max(...values) : Math.min(...values)
  return values.flatMap((value, index) => (value === target ? [index] : []))
}
