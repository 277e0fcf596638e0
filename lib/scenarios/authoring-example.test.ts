import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMPONENT_NAMES } from './components'
import { validateDilemmaSource } from './validate'

// docs/authoring.md promises that its complete example passes the checker; this keeps that promise true.

function example(): string {
  const guide = readFileSync(path.resolve('docs/authoring.md'), 'utf8')
  const match = /```mdx example\n([\s\S]*?)```/.exec(guide)
  if (!match?.[1]) throw new Error('docs/authoring.md has no ```mdx example block')
  return match[1]
}

describe('the example in docs/authoring.md', () => {
  it('passes the checker against the real register', () => {
    const { problems, graph } = validateDilemmaSource(example(), { file: 'voorbeeld.mdx', expectedId: 'voorbeeld' })
    expect(problems).toEqual([])
    expect(graph?.nodes.filter((node) => node.kind === 'ending')).toHaveLength(2)
  })

  it('uses every component', () => {
    const source = example()
    for (const name of COMPONENT_NAMES) expect(source).toMatch(new RegExp(`<${name}[\\s>]`))
  })
})
