import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { compareProblems, errorMessage, FILE_START, type Problem, problem } from './problems'
import type { ReferenceRegister } from './references'
import type { DilemmaFrontmatter } from './schema'
import { type CaseValidation, type DilemmaValidation, validateCaseSource, validateDilemmaSource } from './validate'

// The scenarios on disk: scenarios/<caseId>/case.mdx plus one <dilemmaId>.mdx per dilemma. Reads and validates
// them; what to do with the result (report or compile) is up to the caller.

export const CASE_FILE = 'case.mdx'

export type LoadedFile = { file: string; bytes: Buffer; source: string }
export type LoadedDilemma = LoadedFile & { id: string; validation: DilemmaValidation }
export type LoadedCase = {
  id: string
  caseFile: (LoadedFile & { validation: CaseValidation }) | undefined
  dilemmas: LoadedDilemma[]
  /** Every problem of the case folder, its dilemmas included. */
  problems: Problem[]
}

export type LoadOptions = {
  /** How a file is named in problems (the checker shows paths relative to the working directory). */
  display: (absolutePath: string) => string
  register?: ReferenceRegister
}

const isMdx = (name: string) => name.endsWith('.mdx')

function readScenarioFile(absolutePath: string, display: LoadOptions['display']): LoadedFile {
  const bytes = readFileSync(absolutePath)
  return { file: display(absolutePath), bytes, source: bytes.toString('utf8') }
}

function unreadable(file: string, error: unknown): Problem {
  return problem('unexpected-error', `Could not read this file: ${errorMessage(error)}`, file, FILE_START)
}

function loadDilemma(absolutePath: string, options: LoadOptions): LoadedDilemma | Problem {
  const id = path.basename(absolutePath, '.mdx')
  try {
    const loaded = readScenarioFile(absolutePath, options.display)
    const validation = validateDilemmaSource(loaded.source, {
      file: loaded.file,
      expectedId: id,
      register: options.register,
    })
    return { ...loaded, id, validation }
  } catch (error) {
    return unreadable(options.display(absolutePath), error)
  }
}

/** A case folder: its case.mdx checked against the dilemma files beside it, and each of those. */
export function loadCase(directory: string, options: LoadOptions): LoadedCase {
  const id = path.basename(directory)
  const problems: Problem[] = []
  const dilemmas: LoadedDilemma[] = []
  const names = readdirSync(directory)
    .filter((name) => isMdx(name) && name !== CASE_FILE)
    .sort()
  for (const name of names) {
    const loaded = loadDilemma(path.join(directory, name), options)
    if ('code' in loaded) problems.push(loaded)
    else {
      dilemmas.push(loaded)
      problems.push(...loaded.validation.problems)
    }
  }

  const casePath = path.join(directory, CASE_FILE)
  let caseFile: LoadedCase['caseFile']
  if (!existsSync(casePath)) {
    problems.push(
      problem('missing-file', `The case folder '${id}' has no ${CASE_FILE}`, options.display(casePath), FILE_START),
    )
  } else {
    try {
      const loaded = readScenarioFile(casePath, options.display)
      const frontmatters = new Map<string, DilemmaFrontmatter | undefined>(
        dilemmas.map((dilemma) => [dilemma.id, dilemma.validation.frontmatter]),
      )
      const validation = validateCaseSource(loaded.source, {
        file: loaded.file,
        expectedId: id,
        dilemmas: frontmatters,
        register: options.register,
      })
      caseFile = { ...loaded, validation }
      problems.push(...validation.problems)
    } catch (error) {
      problems.push(unreadable(options.display(casePath), error))
    }
  }
  return { id, caseFile, dilemmas, problems }
}

/**
 * The case folders under a scenarios root, by name. Folders starting with '.' or '_' are skipped, so an author can
 * keep drafts out of the build.
 */
export function caseDirectories(root: string): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^[._]/.test(entry.name))
    .map((entry) => path.join(root, entry.name))
    .sort()
}

/** A folder holding .mdx files is one case; any other folder is a root of case folders. */
function isCaseDirectory(directory: string): boolean {
  return readdirSync(directory).some(isMdx)
}

export type CheckResult = { problems: Problem[]; filesChecked: number }

/**
 * What `scenarios check` reports for the given paths: .mdx files, case folders or a scenarios root. A dilemma file
 * is checked on its own; case.mdx is checked against the dilemma files beside it (their own problems are left out).
 */
export function checkPaths(paths: readonly string[], options: LoadOptions & { cwd: string }): CheckResult {
  const problems: Problem[] = []
  const cases = new Set<string>()
  const files = new Set<string>()
  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given)
    if (!existsSync(absolute)) {
      problems.push(problem('missing-file', `'${given}' does not exist`, given, FILE_START))
    } else if (statSync(absolute).isDirectory()) {
      const directories = isCaseDirectory(absolute) ? [absolute] : caseDirectories(absolute)
      for (const directory of directories) cases.add(directory)
    } else if (isMdx(absolute)) {
      files.add(absolute)
    } else {
      problems.push(problem('missing-file', `'${given}' is not a scenario file (.mdx) or folder`, given, FILE_START))
    }
  }

  let filesChecked = 0
  for (const directory of cases) {
    const loaded = loadCase(directory, options)
    problems.push(...loaded.problems)
    filesChecked += loaded.dilemmas.length + (loaded.caseFile ? 1 : 0)
  }
  for (const file of files) {
    if (cases.has(path.dirname(file))) continue
    filesChecked++
    if (path.basename(file) === CASE_FILE) {
      const shown = options.display(file)
      problems.push(...loadCase(path.dirname(file), options).problems.filter((p) => p.file === shown))
    } else {
      const loaded = loadDilemma(file, options)
      problems.push(...('code' in loaded ? [loaded] : loaded.validation.problems))
    }
  }
  return { problems: problems.sort(compareProblems), filesChecked }
}
