import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// The command line of scripts/scenarios.ts, run once as authors run it (starting tsx is the slow part); the
// output without problems is covered by problems.test.ts. Fixtures without register references keep this
// independent of lib/law/register.ts.

function run(...args: string[]) {
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/scenarios.ts', ...args], {
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('scenarios check', () => {
  it('prints one line per problem, a summary, and exits 1', () => {
    const result = run(
      'check',
      'tests/fixtures/scenarios/problems/missing-target.mdx',
      'tests/fixtures/scenarios/problems/esm.mdx',
    )
    expect(result.stdout.split('\n')).toEqual([
      "tests/fixtures/scenarios/problems/esm.mdx:11:1  Scenario files may not import or export (found `export const partner = 'Erik'`) [esm]",
      "tests/fixtures/scenarios/problems/missing-target.mdx:15:1  Choice 'bellen' leads to 'nergens', which is not the id of a Scene or Ending in this file [missing-target]",
      '2 problems in 2 files',
      '',
    ])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
  })
})
