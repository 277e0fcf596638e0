import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { validateDilemmaSource } from '@/lib/scenarios/validate'
import type { GraphChoice, PlayGraph } from './graph'
import { modelRouteFlags, passendEnding } from './model-route'

const choice = (c: Partial<GraphChoice> & Pick<GraphChoice, 'id' | 'to'>): GraphChoice => ({
  set: [],
  label: c.id,
  ...c,
})

// start: a wrong choice that sets "fout", a passend one that leads to a dead end, and a passend one that works;
// "check" offers the passend way on only when "open" is set.
const graph: PlayGraph = {
  start: 'start',
  nodes: [
    {
      kind: 'scene',
      id: 'start',
      choices: [
        choice({ id: 'fout', to: 'check', quality: 'onjuist', set: ['fout'] }),
        choice({ id: 'doodlopend', to: 'slecht', quality: 'passend' }),
        choice({ id: 'open', to: 'tussen', quality: 'passend', set: ['open'] }),
      ],
    },
    { kind: 'scene', id: 'tussen', choices: [choice({ id: 'verder', to: 'check', set: ['verder'] })] },
    {
      kind: 'scene',
      id: 'check',
      choices: [
        choice({ id: 'meld', to: 'goed', quality: 'passend', when: 'open' }),
        choice({ id: 'wacht', to: 'goed', quality: 'twijfelachtig', set: ['gewacht'] }),
      ],
    },
    { kind: 'ending', id: 'slecht', title: 'Slecht', outcome: 'onjuist' },
    { kind: 'ending', id: 'goed', title: 'Goed', outcome: 'passend' },
    { kind: 'ending', id: 'ook-goed', title: 'Ook goed', outcome: 'passend' },
  ],
}

test('the passend ending is the first one in file order', () => {
  expect(passendEnding(graph)?.id).toBe('goed')
  expect(passendEnding({ nodes: graph.nodes.filter((n) => n.id !== 'goed' && n.id !== 'ook-goed') })).toBeUndefined()
})

test('the model route takes only passend and neutral choices, backtracking from dead ends', () => {
  expect(modelRouteFlags(graph, 'goed')?.sort()).toEqual(['open', 'verder'])
})

test('there is no model route to an ending that only a non-passend choice reaches', () => {
  expect(modelRouteFlags(graph, 'ook-goed')).toBeNull()
})

// Every real dilemma's passend ending is reachable by passend choices alone, so its text always has a model route.
const caseIds = readdirSync(path.resolve('scenarios'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.resolve('scenarios', entry.name, 'case.mdx')))
  .map((entry) => entry.name)
for (const caseId of caseIds) {
  const caseDir = path.resolve('scenarios', caseId)
  for (const file of readdirSync(caseDir).filter((f) => f.endsWith('.mdx') && f !== 'case.mdx')) {
    test(`${caseId}/${file}: the passend ending has a model route`, () => {
      const { graph: real, problems } = validateDilemmaSource(readFileSync(path.join(caseDir, file), 'utf8'), {
        file,
        expectedId: path.basename(file, '.mdx'),
      })
      expect(problems).toEqual([])
      const ending = real && passendEnding(real)
      expect(ending).toBeDefined()
      expect(real && ending && modelRouteFlags(real, ending.id)).not.toBeNull()
    })
  }
}
