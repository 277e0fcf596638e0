import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CATALOG_VERSION, type Catalog, type CatalogCase, type CatalogDilemma } from './catalog'
import type { CompileCache } from './compile-cache.server'
import { contentHash } from './content-hash'
import { errorMessage, FILE_START, type Problem, problem } from './problems'
import type { ReferenceRegister } from './references'
import { caseDirectories, type LoadedFile, loadCase } from './scenario-files.server'

// `scenarios build`: validate every case, compile what changed, and assemble the catalog the app reads.

export type BuildOptions = {
  /** The scenarios root, e.g. <project>/scenarios. */
  root: string
  /** Files in the catalog and in problems are named relative to this. */
  projectRoot: string
  cache: CompileCache
  compile: (source: string) => Promise<string>
  register?: ReferenceRegister
}

export type BuildResult =
  | { ok: true; catalog: Catalog; compiled: number; cached: number }
  | { ok: false; problems: Problem[] }

export async function buildCatalog(options: BuildOptions): Promise<BuildResult> {
  const display = (absolute: string) => path.relative(options.projectRoot, absolute)
  const loaded = caseDirectories(options.root).map((directory) =>
    loadCase(directory, { display, register: options.register }),
  )
  const problems = loaded.flatMap((item) => item.problems)
  if (problems.length > 0) return { ok: false, problems }

  let compiled = 0
  let cached = 0
  const compileProblems: Problem[] = []
  const compileFile = async (file: LoadedFile): Promise<{ contentHash: string; code: string }> => {
    const hash = contentHash(file.bytes)
    const hit = options.cache.get(hash)
    if (hit !== undefined) {
      cached++
      return { contentHash: hash, code: hit }
    }
    try {
      const code = await options.compile(file.source)
      options.cache.set(hash, code)
      compiled++
      return { contentHash: hash, code }
    } catch (error) {
      compileProblems.push(
        problem('unexpected-error', `MDX compilation failed: ${errorMessage(error)}`, file.file, FILE_START),
      )
      return { contentHash: hash, code: '' }
    }
  }

  const cases: CatalogCase[] = []
  for (const item of loaded) {
    const caseFile = item.caseFile
    const frontmatter = caseFile?.validation.frontmatter
    // Without problems both are present; the check keeps the types honest.
    if (!caseFile || !frontmatter) continue
    const spokeOrder = frontmatter.spokes.map((spoke) => spoke.dilemma)
    const rank = (id: string) => (spokeOrder.includes(id) ? spokeOrder.indexOf(id) : spokeOrder.length)
    const dilemmas: CatalogDilemma[] = []
    for (const dilemma of [...item.dilemmas].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))) {
      const { frontmatter: dilemmaFrontmatter, graph } = dilemma.validation
      if (!dilemmaFrontmatter || !graph) continue
      dilemmas.push({
        id: dilemma.id,
        file: dilemma.file,
        ...(await compileFile(dilemma)),
        frontmatter: dilemmaFrontmatter,
        graph,
      })
    }
    cases.push({ id: item.id, file: caseFile.file, ...(await compileFile(caseFile)), frontmatter, dilemmas })
  }
  if (compileProblems.length > 0) return { ok: false, problems: compileProblems }
  cases.sort((a, b) => caseRank(a) - caseRank(b) || a.id.localeCompare(b.id))
  return { ok: true, catalog: { version: CATALOG_VERSION, cases }, compiled, cached }
}

/** Cases without an explicit order come after those with one. */
function caseRank(item: CatalogCase): number {
  return item.frontmatter.order ?? 1000
}

/** Written to a temporary file and renamed, so a running server never reads half a catalog. */
export function writeCatalog(catalog: Catalog, file: string) {
  mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, `${JSON.stringify(catalog)}\n`)
  renameSync(temporary, file)
}
