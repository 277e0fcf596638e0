import path from 'node:path'
import type { Problem } from '@/lib/scenarios/problems'
import { checkPaths } from '@/lib/scenarios/scenario-files.server'

/** The validator's findings on a scenario source file as it is now on disk (what `scenarios:check` would print). */
export function currentFindings(file: string): Problem[] {
  const cwd = process.cwd()
  return checkPaths([file], { cwd, display: (absolute) => path.relative(cwd, absolute) }).problems
}
