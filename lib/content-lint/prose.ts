import type { Nodes, Root } from 'mdast'
import { classifyExpression } from '@/lib/scenarios/mdx-nodes'
import type { SourcePosition } from '@/lib/scenarios/problems'

// The prose a learner reads, out of a scenario's syntax tree: the text of paragraphs (and list items) inside
// Scene, Choice, Feedback, Ending, When and Unless, and the introduction of case.mdx. Frontmatter, attribute
// values, headings and code are left out. Each block keeps where its pieces come from, so findings point at a line.

/** The components whose content is prose. */
const PROSE_CONTAINERS: ReadonlySet<string> = new Set(['Scene', 'Choice', 'Feedback', 'Ending', 'When', 'Unless'])

type Segment = {
  /** Offset of this piece in the block's text. */
  start: number
  length: number
  /** Where the piece starts in the source; undefined for text that has no place of its own (an `{'<'}` escape). */
  at: SourcePosition | undefined
  /** The piece is the text of a <Term>, which the register explains. */
  inTerm: boolean
}

export type ProseBlock = { text: string; segments: Segment[] }

class Collector {
  readonly blocks: ProseBlock[] = []
  private text = ''
  private segments: Segment[] = []

  add(value: string, at: SourcePosition | undefined, inTerm: boolean) {
    if (value === '') return
    this.segments.push({ start: this.text.length, length: value.length, at, inTerm })
    this.text += value
  }

  /** Ends the current block: a paragraph, or the text before and after a nested Choice or Feedback. */
  flush() {
    if (this.text.trim() !== '') this.blocks.push({ text: this.text, segments: this.segments })
    this.text = ''
    this.segments = []
  }
}

type State = { prose: boolean; inTerm: boolean }

function walk(node: Nodes, state: State, out: Collector) {
  switch (node.type) {
    case 'yaml':
    case 'code':
    case 'inlineCode':
    case 'heading':
    case 'mdxjsEsm':
    case 'html':
      return
    case 'text':
      if (state.prose) {
        const at = node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined
        out.add(node.value, at, state.inTerm)
      }
      return
    case 'break':
      if (state.prose) out.add(' ', undefined, state.inTerm)
      return
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const expression = classifyExpression(node.data?.estree)
      if (state.prose && expression.kind === 'literal') out.add(expression.value, undefined, state.inTerm)
      return
    }
    case 'paragraph':
    case 'listItem':
      out.flush()
      for (const child of node.children) walk(child, state, out)
      out.flush()
      return
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? ''
      if (PROSE_CONTAINERS.has(name)) {
        out.flush()
        for (const child of node.children) walk(child, { prose: true, inTerm: false }, out)
        out.flush()
      } else if (name === 'Term' || /^[a-z]/.test(name)) {
        // A term's text and lowercase HTML such as <abbr> read as part of the sentence around them.
        for (const child of node.children) walk(child, { ...state, inTerm: state.inTerm || name === 'Term' }, out)
      }
      // LawRef and Vuistregel render register text, not the author's; unknown components are scenarios:check's.
      return
    }
    default:
      if ('children' in node) for (const child of node.children) walk(child, state, out)
  }
}

/** The prose blocks of a scenario file in source order; in case.mdx the text at the top level is prose too. */
export function extractProse(tree: Root, options: { isCase: boolean }): ProseBlock[] {
  const out = new Collector()
  for (const child of tree.children) walk(child, { prose: options.isCase, inTerm: false }, out)
  out.flush()
  return out.blocks
}

function segmentAt(block: ProseBlock, offset: number): Segment | undefined {
  return block.segments.find((segment) => offset >= segment.start && offset < segment.start + segment.length)
}

/** Whether the character at `offset` is part of a <Term>'s text. */
export function isInTerm(block: ProseBlock, offset: number): boolean {
  return segmentAt(block, offset)?.inTerm ?? false
}

/**
 * Where the character at `offset` of a block is in the source. Markdown drops the indentation of continuation
 * lines, so the column on a later line of a text is found by looking the text up in that source line.
 */
export function locate(block: ProseBlock, offset: number, sourceLines: readonly string[]): SourcePosition {
  const index = block.segments.findIndex((s) => offset >= s.start && offset < s.start + s.length)
  // A piece without a place of its own (an escape) is shown at the nearest earlier piece that has one.
  let segmentIndex = index === -1 ? block.segments.length - 1 : index
  while (segmentIndex > 0 && block.segments[segmentIndex]?.at === undefined) segmentIndex--
  const segment = block.segments[segmentIndex]
  if (!segment?.at) return { line: 1, column: 1 }
  const local = segmentIndex === index ? offset - segment.start : 0
  const value = block.text.slice(segment.start, segment.start + local)
  const newlines = value.split('\n').length - 1
  if (newlines === 0) return { line: segment.at.line, column: segment.at.column + local }
  const line = segment.at.line + newlines
  const lineStart = value.lastIndexOf('\n') + 1
  const lineText = block.text.slice(segment.start + lineStart, segment.start + segment.length).split('\n')[0] ?? ''
  const trimmed = lineText.trim()
  const leading = lineText.length - lineText.trimStart().length
  const sourceLine = sourceLines[line - 1] ?? ''
  const found = trimmed === '' ? -1 : sourceLine.indexOf(trimmed)
  const column =
    found === -1
      ? sourceLine.length - sourceLine.trimStart().length + 1 + (local - lineStart)
      : found + 1 + (local - lineStart - leading)
  return { line, column }
}
