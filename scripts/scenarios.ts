// `npm run scenarios:check [paths…]`: validate scenario files and print one line per problem (path:line:col).
// `npm run scenarios:build`: validate everything, compile the MDX (cached by content hash) and write the catalog
// the app reads (lib/scenarios/generated/catalog.json). Both exit 1 when there is any problem.
import path from 'node:path'
import { CATALOG_PATH } from '@/lib/scenarios/catalog'
import { formatReport, type Problem } from '@/lib/scenarios/problems'
import { checkPaths } from '@/lib/scenarios/scenario-files.server'

const SCENARIOS_ROOT = 'scenarios'
// A build cache, not data: it lives with other tools' caches and goes when node_modules does.
const CACHE_DIRECTORY = path.join('node_modules', '.cache', 'deelwijs', 'scenarios')

function report(problems: readonly Problem[], okSummary: string): never {
  for (const line of formatReport(problems, okSummary)) console.log(line)
  process.exit(problems.length === 0 ? 0 : 1)
}

function check(paths: string[]): never {
  const cwd = process.cwd()
  const given = paths.length > 0 ? paths : [SCENARIOS_ROOT]
  const { problems, filesChecked } = checkPaths(given, { cwd, display: (file) => path.relative(cwd, file) })
  report(problems, `No problems in ${filesChecked} scenario file${filesChecked === 1 ? '' : 's'}`)
}

async function build() {
  const started = performance.now()
  const cwd = process.cwd()
  // Loaded here so `check` starts without the compiler (mdx-bundler, esbuild).
  const [{ buildCatalog, writeCatalog }, { fileCompileCache }, { COMPILER_ID, compileMdx }] = await Promise.all([
    import('@/lib/scenarios/build.server'),
    import('@/lib/scenarios/compile-cache.server'),
    import('@/lib/scenarios/compile.server'),
  ])
  const result = await buildCatalog({
    root: path.join(cwd, SCENARIOS_ROOT),
    projectRoot: cwd,
    cache: fileCompileCache(path.join(cwd, CACHE_DIRECTORY), COMPILER_ID),
    compile: compileMdx,
  })
  if (!result.ok) report(result.problems, '')
  writeCatalog(result.catalog, path.join(cwd, CATALOG_PATH))
  const dilemmas = result.catalog.cases.reduce((sum, item) => sum + item.dilemmas.length, 0)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `Wrote ${CATALOG_PATH}: ${result.catalog.cases.length} case(s), ${dilemmas} dilemma(s); ` +
      `${result.compiled} compiled, ${result.cached} from cache, ${seconds} s`,
  )
}

const [command, ...rest] = process.argv.slice(2)
if (command === 'check') check(rest)
else if (command === 'build') await build()
else {
  console.error('Usage: tsx scripts/scenarios.ts check [paths…] | build')
  process.exit(2)
}
