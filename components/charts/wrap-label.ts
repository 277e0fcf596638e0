import { textWidth } from '@/components/levenswiel/label-layout'

// Chart labels measured with the same Inter glyph widths as the levenswiel labels (label-layout.ts).

/** The longest start of `text` that fits `width` with `tail` after it. */
function cut(text: string, width: number, size: number, tail = ''): string {
  let end = text.length
  while (end > 1 && textWidth(`${text.slice(0, end).trimEnd()}${tail}`, size) > width) end--
  return `${text.slice(0, end).trimEnd()}${tail}`
}

/**
 * A label broken into at most `maxLines` lines no wider than `width` at font size `size`, at spaces where possible
 * (a word wider than a line is cut). When the text does not fit, the last line ends in "…"; the full text is in the
 * chart's <title> and in the table.
 */
export function wrapLabel(label: string, width: number, size: number, maxLines: number): string[] {
  const fits = (text: string) => textWidth(text, size) <= width
  const lines: string[] = []
  let current = ''
  for (const whole of label.trim().split(/\s+/).filter(Boolean)) {
    let word = whole
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    while (!fits(word)) {
      const piece = cut(word, width, size)
      lines.push(piece)
      word = word.slice(piece.length)
    }
    current = word
  }
  if (current) lines.push(current)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = cut(kept[maxLines - 1] ?? '', width, size, '…')
  return kept
}
