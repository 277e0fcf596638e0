import type { Root, Yaml } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { type Problem, problem } from './problems'

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

export function parseMdx(source: string, file: string): ParseResult {
  try {
    const tree = processor.parse(source)
    const first = tree.children[0]
    return { ok: true, parsed: { tree, frontmatter: first?.type === 'yaml' ? first : undefined } }
  } catch (error) {
    if (!isSyntaxError(error)) throw error
    const at = { line: error.line ?? 1, column: error.column ?? 1 }
    return {
      ok: false,
      problem: problem('mdx-syntax', `MDX syntax error: ${error.message}${hint(error.message)}`, file, at),
    }
  }
}
