import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_REGISTER } from '@/tests/fixtures/scenarios/register'
import { checkPaths } from './scenario-files.server'

const cwd = path.resolve('tests/fixtures/scenarios')
const check = (...paths: string[]) =>
  checkPaths(paths, { cwd, display: (file) => path.relative(cwd, file), register: TEST_REGISTER })
const summary = (result: ReturnType<typeof check>) => result.problems.map((p) => `${p.file}:${p.line} ${p.code}`)

describe('checkPaths', () => {
  it('checks every case under a scenarios root', () => {
    expect(check('valid')).toEqual({ problems: [], filesChecked: 2 })
    expect(summary(check('cases'))).toEqual([
      'cases/missing-dilemma/case.mdx:9 missing-dilemma',
      'cases/no-case-file/case.mdx:1 missing-file',
      'cases/spoke-mismatch/case.mdx:8 spoke-mismatch',
    ])
  })

  it('checks a case folder, a case file or a dilemma file on its own', () => {
    expect(summary(check('cases/missing-dilemma'))).toEqual(['cases/missing-dilemma/case.mdx:9 missing-dilemma'])
    expect(summary(check('cases/missing-dilemma/case.mdx'))).toEqual([
      'cases/missing-dilemma/case.mdx:9 missing-dilemma',
    ])
    expect(check('cases/missing-dilemma/gesprek.mdx')).toEqual({ problems: [], filesChecked: 1 })
    expect(summary(check('problems/unreachable.mdx'))).toEqual(['problems/unreachable.mdx:17 unreachable'])
  })

  it('checks a file only once when its folder is named too', () => {
    const result = check('cases/missing-dilemma', 'cases/missing-dilemma/case.mdx')
    expect(result.filesChecked).toBe(2)
    expect(result.problems).toHaveLength(1)
  })

  it('reports paths that are missing or not scenario files', () => {
    expect(summary(check('nergens', 'register.ts'))).toEqual(['nergens:1 missing-file', 'register.ts:1 missing-file'])
  })
})
