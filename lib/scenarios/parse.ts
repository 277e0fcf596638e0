import type { Nodes, Root, Yaml } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { FILE_START, type Problem, problem, type SourcePosition } from './problems'

// MDX is parsed to a syntax tree and read, never compiled and run: validating content must not execute it, and
// the tree keeps every element's line and column for the problems we report.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml'])

export type ParsedSource = { tree: Root; frontmatter: Yaml | undefined }

export type ParseResult = { ok: true; parsed: ParsedSource } | { ok: false; problem: Problem }

/** The position fields of the VFileMessage that micromark throws for invalid MDX. */
type SyntaxErrorLike = { message: string; line?: number | null; column?: number | null }

function isSyntaxError(error: unknown): error is SyntaxErrorLike {
  return error instanceof Error && 'line' in error && 'column' in error
}

// In MDX, < starts a tag and { starts code; authors mostly meet this when they mean the characters themselves.
function hint(message: string): string {
  if (message.includes('(note:')) return ''
  if (message.includes('before name')) return ` (for a literal "<" in text write {'<'})`
  if (message.includes('in expression')) return ` (for a literal "{" in text write {'{'})`
  return ''
}

/**
 * Where a syntax error is. A tag still open at the end of the file has no place of its own (the parser reached the
 * end, not a wrong tag), but its message names the opening tag's position "(L:C-L:C)": that is where the author looks.
 */
function errorPosition(error: SyntaxErrorLike): SourcePosition {
  if (error.line) return { line: error.line, column: error.column ?? 1 }
  const opening = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.message)
  return opening ? { line: Number(opening[1]), column: Number(opening[2]) } : FILE_START
}

/**
 * How deep elements may nest. The format needs a handful of levels (Scene > Choice > Feedback > paragraph > Term);
 * everything that reads the tree afterwards recurses, so a pathological file must stop here with a problem instead
 * of overflowing the stack further on.
 */
export const MAX_NESTING = 100

/** The first node nested deeper than MAX_NESTING, found without recursion. */
function tooDeep(tree: Root): Nodes | undefined {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Nodes; depth: number }
    if (depth > MAX_NESTING) return node
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
  return undefined
}

export function parseMdx(source: string, file: string): ParseResult {
  let tree: Root
  try {
    tree = processor.parse(source)
  } catch (error) {
    if (isSyntaxError(error)) {
      const message = `MDX syntax error: ${error.message}${hint(error.message)}`
      return { ok: false, problem: problem('mdx-syntax', message, file, errorPosition(error)) }
    }
    if (error instanceof RangeError) return { ok: false, problem: nestingProblem(file, FILE_START) }
    throw error
  }
  const deep = tooDeep(tree)
  if (deep) return { ok: false, problem: nestingProblem(file, deep.position?.start ?? FILE_START) }
  const first = tree.children[0]
  return { ok: true, parsed: { tree, frontmatter: first?.type === 'yaml' ? first : undefined } }
}

function nestingProblem(file: string, at: SourcePosition): Problem {
  const message = `Elements are nested more than ${MAX_NESTING} levels deep here; a scenario needs only a few levels (Scene > Choice > Feedback), so close the tags or remove the extra nesting`
  return problem('nesting-too-deep', message, file, { line: at.line, column: at.column })
}
