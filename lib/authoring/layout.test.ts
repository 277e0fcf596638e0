import { expect, test } from 'vitest'
import { testGraph } from '@/tests/support/dilemma'
import { layoutDilemma } from './layout'

test('every scene, ending and choice gets a place, and the start is left of its targets', () => {
  const layout = layoutDilemma(testGraph)
  expect(layout.nodes.map((n) => n.id).sort()).toEqual(['check', 'goed', 'matig', 'start'])
  expect(layout.edges.map((e) => e.choiceId).sort()).toEqual(['a', 'b', 'meld', 'wacht'])
  for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThan(1)
  const x = (id: string) => layout.nodes.find((n) => n.id === id)?.x ?? Number.NaN
  expect(x('start')).toBeLessThan(x('check'))
  expect(x('check')).toBeLessThan(x('goed'))
  expect(layout.width).toBeGreaterThan(0)
})
