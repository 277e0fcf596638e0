import { readFrontmatter } from './frontmatter'
import { type DilemmaGraph, defaultStart, extractCaseReferences, extractDilemma } from './graph'
import { graphProblems } from './graph-rules'
import { parseMdx } from './parse'
import { compareProblems, errorMessage, FILE_START, type Problem, problem } from './problems'
import { LAW_REGISTER, type ReferenceRegister, referenceProblems } from './references'
import {
  type CaseFrontmatter,
  caseFrontmatterSchema,
  type DilemmaFrontmatter,
  dilemmaFrontmatterSchema,
} from './schema'

// The validator: source text in, typed problems out. It never throws on content; an unexpected failure becomes a
// problem too, so one broken file cannot hide the problems of the others.

export type DilemmaValidation = {
  problems: Problem[]
  /** Present when the frontmatter is valid (also when the body has problems), for checks across files. */
  frontmatter?: DilemmaFrontmatter
  /** Present only when there are no problems at all. */
  graph?: DilemmaGraph
}

export type CaseValidation = { problems: Problem[]; frontmatter?: CaseFrontmatter }

export type DilemmaOptions = {
  /** The path shown in problems. */
  file: string
  /** The file name without .mdx, which the frontmatter id must equal. */
  expectedId: string
  register?: ReferenceRegister
}

export type CaseOptions = {
  file: string
  /** The folder name, which the frontmatter id must equal. */
  expectedId: string
  /** Every dilemma file in the case folder by id, with its frontmatter when that is valid. */
  dilemmas: ReadonlyMap<string, DilemmaFrontmatter | undefined>
  register?: ReferenceRegister
}

function guarded<T extends { problems: Problem[] }>(file: string, run: () => T): T | { problems: Problem[] } {
  try {
    const result = run()
    result.problems.sort(compareProblems)
    return result
  } catch (error) {
    return {
      problems: [
        problem('unexpected-error', `The checker failed on this file: ${errorMessage(error)}`, file, FILE_START),
      ],
    }
  }
}

export function validateDilemmaSource(source: string, options: DilemmaOptions): DilemmaValidation {
  const { file, expectedId, register = LAW_REGISTER } = options
  return guarded(file, (): DilemmaValidation => {
    const parsed = parseMdx(source, file)
    if (!parsed.ok) return { problems: [parsed.problem] }
    const frontmatter = readFrontmatter(parsed.parsed.frontmatter, dilemmaFrontmatterSchema, file, 'dilemma')
    const problems = [...frontmatter.problems]
    if (frontmatter.data && frontmatter.data.id !== expectedId) {
      const message = `Frontmatter id '${frontmatter.data.id}' must equal the file name '${expectedId}'`
      problems.push(problem('frontmatter', message, file, frontmatter.locate(['id'])))
    }

    const extraction = extractDilemma(parsed.parsed.tree, file)
    problems.push(...extraction.problems, ...referenceProblems(extraction.value, register, file))
    const start = frontmatter.data?.start ?? defaultStart(extraction.value) ?? ''
    const graph: DilemmaGraph = { start, ...extraction.value }
    problems.push(
      ...graphProblems(graph, {
        file,
        incomplete: extraction.incomplete,
        startPosition: frontmatter.data?.start ? frontmatter.locate(['start']) : FILE_START,
      }),
    )
    return {
      problems,
      ...(frontmatter.data ? { frontmatter: frontmatter.data } : {}),
      ...(problems.length === 0 ? { graph } : {}),
    }
  })
}

export function validateCaseSource(source: string, options: CaseOptions): CaseValidation {
  const { file, expectedId, dilemmas, register = LAW_REGISTER } = options
  return guarded(file, (): CaseValidation => {
    const parsed = parseMdx(source, file)
    if (!parsed.ok) return { problems: [parsed.problem] }
    const frontmatter = readFrontmatter(parsed.parsed.frontmatter, caseFrontmatterSchema, file, 'case')
    const extraction = extractCaseReferences(parsed.parsed.tree, file)
    const problems = [
      ...frontmatter.problems,
      ...extraction.problems,
      ...referenceProblems(extraction.value, register, file),
    ]
    const data = frontmatter.data
    if (!data) return { problems }

    if (data.id !== expectedId) {
      const message = `Frontmatter id '${data.id}' must equal the folder name '${expectedId}'`
      problems.push(problem('frontmatter', message, file, frontmatter.locate(['id'])))
    }
    data.spokes.forEach((spoke, index) => {
      const at = frontmatter.locate(['spokes', index, 'dilemma'])
      if (!dilemmas.has(spoke.dilemma)) {
        if (!spoke.planned) {
          const message = `The case names missing dilemma '${spoke.dilemma}': add ${spoke.dilemma}.mdx to the case folder, or mark the spoke planned: true`
          problems.push(problem('missing-dilemma', message, file, at))
        }
        return
      }
      const dilemma = dilemmas.get(spoke.dilemma)
      for (const key of ['domain', 'professional'] as const) {
        if (dilemma && dilemma[key] !== spoke[key]) {
          const message = `The spoke for dilemma '${spoke.dilemma}' has ${key} '${spoke[key]}' but ${spoke.dilemma}.mdx has ${key} '${dilemma[key]}'`
          problems.push(problem('spoke-mismatch', message, file, frontmatter.locate(['spokes', index, key])))
        }
      }
    })
    return { problems, frontmatter: data }
  })
}
