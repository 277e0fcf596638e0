import type { Nodes } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { FILE_START, type SourcePosition } from './problems'

// Small readers over the MDX syntax tree. A component can be a flow element (on its own lines) or a text element
// (inside a paragraph, e.g. a <Feedback> directly under the choice text); both are treated the same.

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement
type Expression = Extract<Nodes, { type: 'mdxFlowExpression' | 'mdxTextExpression' }>
type Program = NonNullable<NonNullable<Expression['data']>['estree']>

export function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

export function positionOf(node: {
  position?: { start: { line: number; column: number } } | undefined
}): SourcePosition {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : FILE_START
}

export type StaticExpression = { kind: 'comment' } | { kind: 'literal'; value: string } | { kind: 'code' }

/**
 * What an MDX expression `{…}` holds. One holding only a comment (a note to fellow authors) or a plain string or
 * number (`{'<'}`, the usual escape for a literal bracket) is content; anything else is code that would run when the
 * page renders.
 */
export function classifyExpression(program: Program | null | undefined): StaticExpression {
  if (!program) return { kind: 'code' }
  if (program.body.length === 0) return { kind: 'comment' }
  const [statement] = program.body
  if (program.body.length === 1 && statement?.type === 'ExpressionStatement') {
    const expression = statement.expression
    if (
      expression.type === 'Literal' &&
      (typeof expression.value === 'string' || typeof expression.value === 'number')
    ) {
      return { kind: 'literal', value: String(expression.value) }
    }
  }
  return { kind: 'code' }
}

/** The readable text of a subtree, leaving out the subtrees `skip` selects (such as a choice's <Feedback>). */
export function plainText(node: Nodes, skip: (node: Nodes) => boolean = () => false): string {
  if (skip(node)) return ''
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const expression = classifyExpression(node.data?.estree)
      return expression.kind === 'literal' ? expression.value : ''
    }
    default:
      return 'children' in node ? node.children.map((child) => plainText(child, skip)).join('') : ''
  }
}
