import { describe, expect, it } from 'vitest'
import { formatReport, type Problem } from './problems'

const at = (file: string, line: number, column = 1): Problem => ({
  code: 'unreachable',
  message: `Scene 'x${line}' cannot be reached`,
  file,
  line,
  column,
})

describe('formatReport', () => {
  it('prints the summary it is given when there are no problems', () => {
    expect(formatReport([], 'No problems in 3 scenario files')).toEqual(['No problems in 3 scenario files'])
  })

  it('prints problems in file and line order, then counts them', () => {
    expect(formatReport([at('b.mdx', 2), at('a.mdx', 10), at('a.mdx', 9, 4)], 'unused')).toEqual([
      "a.mdx:9:4  Scene 'x9' cannot be reached [unreachable]",
      "a.mdx:10:1  Scene 'x10' cannot be reached [unreachable]",
      "b.mdx:2:1  Scene 'x2' cannot be reached [unreachable]",
      '3 problems in 2 files',
    ])
  })
})
