// `npm run content:lint [paths…]`: B1 style warnings (sentence length, hard words) and hard rules (scored choice
// without feedback, reference not in the register, text copied from the source texts in ../shared/seeds) for the
// scenario files, one line per finding (path:line:col). Exits 1 only when there is an error.
import path from 'node:path'
import { defaultContext, defaultSeedsDirectory, errorCount, formatLintResult, lintPaths } from '@/lib/content-lint/lint'

const SCENARIOS_ROOT = 'scenarios'

const cwd = process.cwd()
const args = process.argv.slice(2)
const display = (file: string) => path.relative(cwd, file)
const result = lintPaths(args.length > 0 ? args : [SCENARIOS_ROOT], {
  cwd,
  display,
  context: defaultContext(defaultSeedsDirectory(cwd)),
})
for (const line of formatLintResult(result, display)) console.log(line)
process.exit(errorCount(result) === 0 ? 0 : 1)
