import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Yaml } from 'mdast'
import { isMap, parseDocument } from 'yaml'
import { TERMS } from '@/lib/law/register'
import { parseMdx } from '@/lib/scenarios/parse'
import { errorMessage, FILE_START, type Problem, type ProblemCode } from '@/lib/scenarios/problems'
import { CASE_FILE, checkPaths } from '@/lib/scenarios/scenario-files.server'
import { validateCaseSource, validateDilemmaSource } from '@/lib/scenarios/validate'
import { dilemmaRuleFindings } from './dilemma-rules'
import { activeHardWords, findHardWords, HARD_WORDS, type HardWord, termWords } from './hard-words'
import { extractProse, isInTerm, locate, type ProseBlock } from './prose'
import { countWords, LONG_SENTENCE_WORDS, splitSentences, TARGET_AVERAGE_WORDS } from './sentences'
import { findCopiedRuns, loadSeeds, normalizeWords, type SeedsResult } from './shingles'

// `content:lint`: style warnings (sentence length, hard words) and hard rules (errors) for scenario content. The
// rules the scenario engine already checks (scored choice without feedback, reference not in the register) are
// taken from its validation, not checked a second time.

export type Severity = 'error' | 'warning'

export type Finding = { severity: Severity; code: string; message: string; file: string; line: number; column: number }

export type FileStats = { sentences: number; words: number; long: number; hardWords: number }

export type FileReport = { file: string; findings: Finding[]; stats: FileStats }

/** Engine problems that are hard rules of the lint; the other engine problems are scenarios:check's to report. */
export const HARD_RULE_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'missing-feedback',
  'unknown-law-ref',
  'unknown-vuistregel',
  'unknown-term',
  // A file that cannot be read or parsed cannot be linted; passing it silently would hide that.
  'mdx-syntax',
  'nesting-too-deep',
  'missing-file',
  'unexpected-error',
])

export type LintContext = { hardWords: readonly HardWord[]; seeds: SeedsResult }

/** Where the source texts live: beside the project, in the shared folder of the main working tree. */
export function defaultSeedsDirectory(cwd: string): string {
  return path.resolve(cwd, '..', 'shared', 'seeds')
}

export function defaultContext(seedsDirectory: string): LintContext {
  return { hardWords: activeHardWords(HARD_WORDS, termWords(TERMS)), seeds: loadSeeds(seedsDirectory) }
}

const fromProblem = (p: Problem): Finding => ({ severity: 'error', ...p })

/** The first words of a text, for quoting it in a one-line message. */
function opening(text: string, words = 8): string {
  const tokens = text.trim().split(/\s+/)
  return tokens.length <= words ? tokens.join(' ') : `${tokens.slice(0, words).join(' ')}…`
}

type Located = { block: ProseBlock; offset: number }

/**
 * A warning for a dilemma without docent material or reflection question (both optional in the schema, so drafts
 * validate). Only the keys are looked up, nothing is expanded: the frontmatter's own problems are the engine's.
 */
function missingMaterial(node: Yaml | undefined, dilemma: string, file: string): Finding[] {
  if (!node) return []
  const document = parseDocument(node.value)
  if (document.errors.length > 0 || !isMap(document.contents)) return []
  const at = node.position ? { line: node.position.start.line, column: 1 } : FILE_START
  return [
    ['docent', 'docent material (leerdoelen, vragen, werkvorm, juridisch) for the class'],
    ['reflectie', 'a reflection question for the ending screen'],
  ].flatMap(([key, what]) =>
    document.has(key)
      ? []
      : [
          {
            severity: 'warning' as const,
            code: `missing-${key}`,
            message: `Dilemma '${dilemma}' has no '${key}' in its frontmatter: add ${what} (docs/scenario-format.md)`,
            file,
            ...at,
          },
        ],
  )
}

export type LintSourceOptions = {
  file: string
  isCase: boolean
  /** The engine's validation problems for this file. */
  engineProblems: readonly Problem[]
  context: LintContext
}

/** The findings and counts for one scenario file. Never throws on content. */
export function lintSource(source: string, options: LintSourceOptions): FileReport {
  const { file, isCase, context } = options
  const findings: Finding[] = options.engineProblems.filter((p) => HARD_RULE_CODES.has(p.code)).map(fromProblem)
  const stats: FileStats = { sentences: 0, words: 0, long: 0, hardWords: 0 }
  const parsed = parseMdx(source, file)
  if (!parsed.ok) {
    if (!findings.some((f) => f.code === parsed.problem.code)) findings.push(fromProblem(parsed.problem))
    return { file, findings, stats }
  }
  const lines = source.split(/\r?\n/)
  const blocks = extractProse(parsed.parsed.tree, { isCase })
  const at = ({ block, offset }: Located) => locate(block, offset, lines)
  const warn = (code: string, message: string, where: Located) =>
    findings.push({ severity: 'warning', code, message, file, ...at(where) })

  for (const block of blocks) {
    for (const sentence of splitSentences(block.text)) {
      const words = countWords(sentence.text)
      stats.sentences++
      stats.words += words
      if (words > LONG_SENTENCE_WORDS) {
        stats.long++
        const message = `Long sentence: ${words} words (B1: at most ${LONG_SENTENCE_WORDS}; split it): "${opening(sentence.text)}"`
        warn('long-sentence', message, { block, offset: sentence.start })
      }
    }
    for (const match of findHardWords(block.text, context.hardWords)) {
      if (isInTerm(block, match.start)) continue
      stats.hardWords++
      const message = `Hard word "${match.text}": write "${match.entry.alternative}" instead (B1)`
      warn('hard-word', message, { block, offset: match.start })
    }
  }
  if (!isCase) {
    const dilemma = path.basename(file, '.mdx')
    for (const rule of dilemmaRuleFindings(parsed.parsed.tree, dilemma)) {
      findings.push({ severity: rule.severity, code: rule.code, message: rule.message, file, ...rule.at })
    }
    findings.push(...missingMaterial(parsed.parsed.frontmatter, dilemma, file))
  }

  const average = stats.sentences === 0 ? 0 : stats.words / stats.sentences
  if (average > TARGET_AVERAGE_WORDS) {
    findings.push({
      severity: 'warning',
      code: 'average-sentence-length',
      message: `Sentences average ${average.toFixed(1)} words (B1 target: at most ${TARGET_AVERAGE_WORDS}); split the longest ones`,
      file,
      ...FILE_START,
    })
  }

  if (context.seeds.status === 'loaded') {
    const words: string[] = []
    const places: Located[] = []
    for (const block of blocks) {
      for (const token of block.text.matchAll(/\S+/g)) {
        for (const word of normalizeWords(token[0])) {
          words.push(word)
          places.push({ block, offset: token.index + Math.max(0, token[0].search(/[\p{L}\p{N}]/u)) })
        }
      }
    }
    for (const run of findCopiedRuns(words, context.seeds.index)) {
      const place = places[run.start]
      if (!place) continue
      const quoted = words.slice(run.start, run.start + 8).join(' ')
      findings.push({
        severity: 'error',
        code: 'copied-text',
        message: `Copied text: ${run.length} words in a row are the same as in seeds/${run.source}, starting "${quoted}…"; write it in your own words`,
        file,
        ...at(place),
      })
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code))
  return { file, findings, stats }
}

/**
 * A scenario given as text, validated by the engine and then linted: for tests and tools without files. A case
 * is checked without its dilemma files, which only matters for rules the lint does not report.
 */
export function lintScenarioText(source: string, file: string, context: LintContext): FileReport {
  const isCase = path.basename(file) === CASE_FILE
  const expectedId = isCase ? path.basename(path.dirname(file)) : path.basename(file, '.mdx')
  const validation = isCase
    ? validateCaseSource(source, { file, expectedId, dilemmas: new Map() })
    : validateDilemmaSource(source, { file, expectedId })
  return lintSource(source, { file, isCase, engineProblems: validation.problems, context })
}

/** The .mdx files under a folder, skipping folders that start with '.' or '_' (drafts), as scenarios:check does. */
function mdxFilesUnder(directory: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) {
      if (!/^[._]/.test(entry.name)) files.push(...mdxFilesUnder(full))
    } else if (entry.name.endsWith('.mdx')) {
      files.push(full)
    }
  }
  return files.sort()
}

export type LintResult = {
  files: FileReport[]
  /** Problems with the paths given, not with a file's content. */
  pathFindings: Finding[]
  seeds: SeedsResult
}

export type LintPathsOptions = { cwd: string; display: (absolutePath: string) => string; context: LintContext }

/** Lints the given .mdx files and folders (recursively). */
export function lintPaths(paths: readonly string[], options: LintPathsOptions): LintResult {
  const { cwd, display, context } = options
  const pathFindings: Finding[] = []
  const files = new Set<string>()
  for (const given of paths) {
    const absolute = path.resolve(cwd, given)
    if (!existsSync(absolute)) {
      pathFindings.push({
        severity: 'error',
        code: 'missing-file',
        message: `'${given}' does not exist`,
        file: given,
        ...FILE_START,
      })
    } else if (statSync(absolute).isDirectory()) {
      for (const file of mdxFilesUnder(absolute)) files.add(file)
    } else if (absolute.endsWith('.mdx')) {
      files.add(absolute)
    } else {
      const message = `'${given}' is not a scenario file (.mdx) or folder`
      pathFindings.push({ severity: 'error', code: 'missing-file', message, file: given, ...FILE_START })
    }
  }

  const ordered = [...files].sort()
  const { problems } = checkPaths(ordered, { cwd, display })
  const reports = ordered.map((absolute): FileReport => {
    const file = display(absolute)
    const engineProblems = problems.filter((p) => p.file === file)
    try {
      const source = readFileSync(absolute, 'utf8')
      const isCase = path.basename(absolute) === CASE_FILE
      return lintSource(source, { file, isCase, engineProblems, context })
    } catch (error) {
      const message = `The content lint failed on this file: ${errorMessage(error)}`
      return {
        file,
        findings: [{ severity: 'error', code: 'unexpected-error', message, file, ...FILE_START }],
        stats: { sentences: 0, words: 0, long: 0, hardWords: 0 },
      }
    }
  })
  return { files: reports, pathFindings, seeds: context.seeds }
}

export function formatFinding(finding: Finding): string {
  const prefix = finding.severity === 'warning' ? 'warning: ' : ''
  return `${prefix}${finding.file}:${finding.line}:${finding.column}  ${finding.message} [${finding.code}]`
}

const average = (stats: Pick<FileStats, 'sentences' | 'words'>) =>
  (stats.sentences === 0 ? 0 : stats.words / stats.sentences).toFixed(1)

function summary(stats: FileStats): string {
  const hard = `${stats.hardWords} hard word${stats.hardWords === 1 ? '' : 's'}`
  return `${stats.sentences} sentences, average ${average(stats)} words, ${stats.long} over ${LONG_SENTENCE_WORDS}, ${hard}`
}

export function errorCount(result: LintResult): number {
  return [...result.pathFindings, ...result.files.flatMap((f) => f.findings)].filter((f) => f.severity === 'error')
    .length
}

/** The command's output: the seeds note when they are absent, each file's findings and summary, then a total. */
export function formatLintResult(result: LintResult, showSeeds: (directory: string) => string): string[] {
  const lines: string[] = []
  if (result.seeds.status === 'absent') {
    lines.push(`Seeds folder ${showSeeds(result.seeds.directory)} not found: skipping the copied-text check`)
  }
  lines.push(...result.pathFindings.map(formatFinding))
  const total: FileStats = { sentences: 0, words: 0, long: 0, hardWords: 0 }
  let warnings = 0
  for (const report of result.files) {
    lines.push(...report.findings.map(formatFinding))
    lines.push(`${report.file}: ${summary(report.stats)}`)
    total.sentences += report.stats.sentences
    total.words += report.stats.words
    total.long += report.stats.long
    total.hardWords += report.stats.hardWords
    warnings += report.findings.filter((f) => f.severity === 'warning').length
  }
  const errors = errorCount(result)
  const files = `${result.files.length} file${result.files.length === 1 ? '' : 's'}`
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
  lines.push(`Total: ${files}, ${summary(total)}; ${counts}`)
  return lines
}
