// Fits text inside a circle of the levenswiel: words wrap onto lines and the font shrinks step by step until every
// line fits the circle's width at its height. SVG text does not wrap by itself, and a label such as "Medewerker
// Veilig Thuis" on one line spills over its circle. Text width is estimated from character classes of Inter (the
// app's font): measuring needs a browser, and the wheel is rendered on the server.

export type LabelPart = {
  text: string
  /** The preferred font size in px; the layout may go down to minSize. */
  size: number
  minSize: number
  bold?: boolean
}

export type LabelLine = {
  text: string /** Baseline, relative to the circle's centre. */
  y: number
  size: number
  bold: boolean
}

export type LabelBox = {
  radius: number
  /** The vertical band the lines must stay in, relative to the centre (top is negative). */
  top: number
  bottom: number
  /** Room kept free between the text and the circle's edge, in px. */
  padding: number
}

const LINE_HEIGHT = 1.2
/** Where the ink of a line sits around its baseline, as a fraction of the font size (caps up, descenders down). */
const ASCENT = 0.75
const DESCENT = 0.22

/** Estimated advance width of one character, in em, for Inter. */
function charWidth(char: string): number {
  if (" .,:;·|!il'’".includes(char)) return 0.28
  if ('fjrt()-–'.includes(char)) return 0.36
  if ('mwMW'.includes(char)) return 0.86
  if (/[A-Z0-9]/.test(char)) return 0.68
  return 0.56
}

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0
  for (const char of text) em += charWidth(char)
  return em * size * (bold ? 1.05 : 1)
}

const SEPARATOR = '·'

function greedy(words: string[], width: number, size: number, bold: boolean): string[] {
  const lines: string[] = []
  for (const word of words) {
    const last = lines[lines.length - 1]
    if (last !== undefined && textWidth(`${last} ${word}`, size, bold) <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/**
 * Word wrap within `width`, balanced: as few lines as a greedy wrap needs, but as even as possible ("Medewerker /
 * Veilig Thuis", not "Medewerker Veilig / Thuis"). A single word wider than the width gets a line of its own. In a
 * list joined with "·" a line break takes the separator's place.
 */
export function wrapWords(text: string, width: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean)
  const count = greedy(words, width, size, bold).length
  let narrow = 0
  let wide = width
  // The narrowest width that still needs no more lines; half a pixel is as close as it matters.
  while (wide - narrow > 0.5) {
    const middle = (narrow + wide) / 2
    if (greedy(words, middle, size, bold).length <= count) wide = middle
    else narrow = middle
  }
  return greedy(words, wide, size, bold)
    .map((line) => line.replace(new RegExp(`^${SEPARATOR} | ${SEPARATOR}$`, 'g'), ''))
    .filter((line) => line !== SEPARATOR)
}

/** The width of the circle at height y, less the padding on both sides. */
function chordAt(box: LabelBox, y: number): number {
  const inner = box.radius - box.padding
  return Math.abs(y) >= inner ? 0 : 2 * Math.sqrt(inner * inner - y * y)
}

function place(parts: LabelPart[], shrink: number, wrapWidth: number, box: LabelBox) {
  const lines = parts.flatMap((part) => {
    const size = Math.max(part.minSize, part.size - shrink)
    const bold = part.bold ?? false
    return wrapWords(part.text, wrapWidth, size, bold).map((text) => ({ text, size, bold }))
  })
  const height = lines.reduce((sum, line) => sum + line.size * LINE_HEIGHT, 0)
  let top = (box.top + box.bottom) / 2 - height / 2
  const placed: LabelLine[] = lines.map((line) => {
    const y = top + line.size * (LINE_HEIGHT - (LINE_HEIGHT - ASCENT - DESCENT) / 2 - DESCENT)
    top += line.size * LINE_HEIGHT
    return { ...line, y: Math.round(y * 10) / 10 }
  })
  const fits =
    height <= box.bottom - box.top &&
    placed.every((line) => {
      const width = textWidth(line.text, line.size, line.bold)
      return width <= chordAt(box, line.y - ASCENT * line.size) && width <= chordAt(box, line.y + DESCENT * line.size)
    })
  return { placed, fits }
}

/**
 * The lines of a label inside a circle, vertically centred in the box's band: the largest font sizes (each part
 * shrinks 1px per step, not below its minimum) and the widest wrap at which every line fits. When nothing fits, the
 * smallest layout is returned (the unit test checks that the real labels fit).
 */
export function layoutLabel(parts: LabelPart[], box: LabelBox): LabelLine[] {
  const full = 2 * (box.radius - box.padding)
  const steps = Math.max(...parts.map((part) => part.size - part.minSize), 0)
  let last: LabelLine[] = []
  for (let shrink = 0; shrink <= steps; shrink++) {
    for (const fraction of [1, 0.85, 0.7, 0.55]) {
      const { placed, fits } = place(parts, shrink, full * fraction, box)
      if (fits) return placed
      last = placed
    }
  }
  return last
}

/** Whether a layout stays inside its circle; for tests. */
export function layoutFits(lines: LabelLine[], box: LabelBox): boolean {
  return lines.every((line) => {
    const width = textWidth(line.text, line.size, line.bold)
    return (
      line.y - ASCENT * line.size >= box.top &&
      line.y + DESCENT * line.size <= box.bottom &&
      width <= chordAt(box, line.y - ASCENT * line.size) &&
      width <= chordAt(box, line.y + DESCENT * line.size)
    )
  })
}
