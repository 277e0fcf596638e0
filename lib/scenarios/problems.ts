// What the validator reports. Content problems are data, never exceptions: an author fixing a scenario should see
// every problem at once, each pointing at a line, instead of a stack trace for the first one.

export const PROBLEM_CODES = [
  'mdx-syntax',
  'nesting-too-deep',
  'frontmatter',
  'unknown-component',
  'html-not-allowed',
  'misplaced-component',
  'invalid-attribute',
  'expression-attribute',
  'expression',
  'esm',
  'prose-outside-node',
  'no-scene',
  'no-choices',
  'empty-choice-text',
  'missing-feedback',
  'duplicate-feedback',
  'duplicate-id',
  'missing-target',
  'no-ending',
  'unreachable',
  'no-ending-reachable',
  'flag-never-set',
  'never-offered',
  'unknown-law-ref',
  'unknown-vuistregel',
  'unknown-term',
  'missing-dilemma',
  'spoke-mismatch',
  'missing-file',
  'unexpected-error',
] as const

export type ProblemCode = (typeof PROBLEM_CODES)[number]

export type SourcePosition = { line: number; column: number }

export type Problem = {
  code: ProblemCode
  /** English, names the offending id or field, and says what to do when that is not obvious. */
  message: string
  file: string
  line: number
  column: number
}

/** Where a problem without a better place points: the top of the file. */
export const FILE_START: SourcePosition = { line: 1, column: 1 }

export function problem(code: ProblemCode, message: string, file: string, at: SourcePosition): Problem {
  return { code, message, file, line: at.line, column: at.column }
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)
}

/** The checker's output format, one line per problem, which editors and CI logs turn into links. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message} [${p.code}]`
}

/** The message of anything thrown, for reporting an unexpected failure as a problem rather than a crash. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The checker's whole output: the problems in file order, then a summary line (`okSummary` when there are none). */
export function formatReport(problems: readonly Problem[], okSummary: string): string[] {
  if (problems.length === 0) return [okSummary]
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  const files = new Set(problems.map((p) => p.file)).size
  return [
    ...[...problems].sort(compareProblems).map(formatProblem),
    `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`,
  ]
}
