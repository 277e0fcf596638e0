import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Nodes } from 'mdast'
import { expect, test } from 'vitest'
import { isJsxElement, type JsxElement } from '@/lib/scenarios/mdx-nodes'
import { parseMdx } from '@/lib/scenarios/parse'

// The content brief's minimum for every dilemma, checked on the real files so a new or edited dilemma cannot fall
// below it: at least 3 decision points, 8 rated choices and 2 endings; every rated choice's feedback cites at least
// one law or rule of thumb; at least one ending is "passend" (the one that sums up the oplossingsrichting).

function elements(node: Nodes, name: string): JsxElement[] {
  const found: JsxElement[] = []
  const visit = (n: Nodes) => {
    if (isJsxElement(n) && n.name === name) found.push(n)
    if ('children' in n) for (const child of n.children as Nodes[]) visit(child)
  }
  visit(node)
  return found
}

const attribute = (element: JsxElement, name: string) =>
  element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value

// Every case folder in scenarios/ (a folder with a case.mdx), so a new case is held to the same minimum.
const cases = readdirSync(path.resolve('scenarios'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(path.resolve('scenarios', entry.name)).includes('case.mdx'))
  .map((entry) => entry.name)
  .sort()

test('there are cases, among them Kramer and Brouwer', () => {
  expect(cases).toEqual(expect.arrayContaining(['brouwer', 'kramer']))
})

for (const caseId of cases) {
  const caseDir = path.resolve('scenarios', caseId)
  const files = readdirSync(caseDir).filter((f) => f.endsWith('.mdx') && f !== 'case.mdx')

  test(`the ${caseId} case has written dilemmas`, () => {
    expect(files.length).toBeGreaterThan(0)
  })

  for (const file of files) {
    test(`${caseId}/${file} meets the content brief's minimum`, () => {
      const parsed = parseMdx(readFileSync(path.join(caseDir, file), 'utf8'), file)
      if (!parsed.ok) throw new Error(parsed.problem.message)
      const tree = parsed.parsed.tree
      const scenes = elements(tree, 'Scene')
      const rated = elements(tree, 'Choice').filter((c) => attribute(c, 'quality') !== undefined)
      const decisionPoints = scenes.filter((s) =>
        elements(s, 'Choice').some((c) => attribute(c, 'quality') !== undefined),
      )
      const endings = elements(tree, 'Ending')

      expect(decisionPoints.length, 'decision points').toBeGreaterThanOrEqual(3)
      expect(rated.length, 'rated choices').toBeGreaterThanOrEqual(8)
      expect(endings.length, 'endings').toBeGreaterThanOrEqual(2)
      expect(
        endings.some((e) => attribute(e, 'outcome') === 'passend'),
        'a passend ending',
      ).toBe(true)
      for (const choice of rated) {
        const feedback = elements(choice, 'Feedback')[0]
        const cites = feedback ? elements(feedback, 'LawRef').length + elements(feedback, 'Vuistregel').length : 0
        expect(cites, `choice ${attribute(choice, 'id')} cites a law or vuistregel in its feedback`).toBeGreaterThan(0)
      }
    })
  }
}
